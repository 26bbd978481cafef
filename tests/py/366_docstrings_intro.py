"""Module docstring: introspection of functions, classes and modules."""


def documented(a, b=2):
    """Add two numbers.

    Returns their sum."""
    return a + b


def undocumented():
    return None


class Widget:
    """A widget with a name."""

    def __init__(self, name):
        self.name = name

    def render(self):
        """Draw the widget."""
        return f"[{self.name}]"

    def plain(self):
        pass


class Bare:
    pass


print(__doc__)
print(documented.__doc__)
print(undocumented.__doc__, Bare.__doc__, Bare().__doc__)
print(Widget.__doc__, Widget.render.__doc__, Widget("w").render.__doc__, Widget.plain.__doc__)
print(documented.__name__, Widget.__name__, Widget.render.__qualname__, documented.__module__)
lam = lambda: 0
print(lam.__name__, lam.__doc__)


def not_a_docstring():
    x = 1
    "this string is not first"
    return x


print(not_a_docstring.__doc__)
documented.__doc__ = "replaced"
print(documented.__doc__)


def area(width, height, /, unit="m"):
    """Positional-only width and height."""
    return f"{width * height}{unit}2"


print(area(3, 4), area(3, 4, unit="cm"), area(2, 5, "ft"), area.__doc__)
try:
    area(width=3, height=4)
except TypeError as e:
    print("TypeError:", e)


def flexible(a, /, b, *, c):
    return a, b, c


print(flexible(1, 2, c=3), flexible(1, b=2, c=3))
try:
    flexible(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def kw_passthrough(a, /, **kw):
    return a, kw


print(kw_passthrough(1, a=2, z=3))
