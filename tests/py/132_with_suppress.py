# __exit__ returning True suppresses selectively; truthy return values; exceptions in __exit__
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return None

ig = Ignore(KeyError, IndexError)
for thunk in [lambda: {}["a"], lambda: [][0], lambda: 42]:
    with ig:
        print("result", thunk())
print(ig.caught)
try:
    with Ignore(KeyError):
        int("bad")
except ValueError as e:
    print("not suppressed:", e)

class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise RuntimeError("gone")
print("truthy return suppresses")

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def loop_with_suppress():
    out = []
    for i in range(5):
        with Ignore(ZeroDivisionError):
            out.append(10 // (i - 2))
    return out
print(loop_with_suppress())
def suppressed_return():
    with Ignore(ValueError):
        raise ValueError()
    return "fell through"
print(suppressed_return())
