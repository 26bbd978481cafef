# sys._getframe(depth): the frame's code name, line, globals and locals, and the callers through
# f_back down to the module; a depth beyond the stack is a ValueError.
import sys


def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno


def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def deeper(n):
    if n == 0:
        return chain()
    return deeper(n - 1)


def locals_of_caller():
    return sorted(sys._getframe(1).f_locals.items())


def user(a, b):
    c = a + b
    return locals_of_caller()


print(where())
print(deeper(3))
print(user(1, 2))
print(sys._getframe().f_globals is globals(), sys._getframe(0).f_code.co_name)
print(sys._getframe().f_back)


class Widget:
    def name_of_method(self):
        return sys._getframe().f_code.co_name

    def caller_is(self):
        return sys._getframe(1).f_code.co_name


print(Widget().name_of_method(), Widget().caller_is())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("1")
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))
