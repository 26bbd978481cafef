# types.FunctionType(code, globals, name, argdefs, closure) and function.__globals__: code written
# for Stackless (its public test suite) makes renamed copies of a template function this way.
import types
def template(self, a=1, b=2):
    return (a, b)
f = types.FunctionType(template.__code__, template.__globals__, "renamed", (10, 20))
print(f.__name__, f.__qualname__, f(None), f(None, 5), f.__globals__ is globals())
g = types.FunctionType(template.__code__, {}, None)
print(g.__name__, g(None, 3, 4))
def outer():
    x = 5
    def inner():
        return x
    return inner
i = outer()
try:
    types.FunctionType(i.__code__, globals())
except (TypeError, ValueError) as e:
    print(type(e).__name__)
for bad in [(1, {}), (template.__code__, 1), (template.__code__, {}, 3), (template.__code__, {}, "n", [1])]:
    try:
        types.FunctionType(*bad)
    except TypeError as e:
        print("TypeError")
try:
    template.__globals__ = {}
except AttributeError as e:
    print("AttributeError", e)
def counter():
    n = 0
    def bump():
        return n + 1
    return bump
b = counter()
c = types.FunctionType(b.__code__, globals(), "again", None, b.__closure__)
print(c(), c.__name__)
for cl in [(), (b.__closure__[0], b.__closure__[0])]:
    try:
        types.FunctionType(b.__code__, globals(), None, None, cl)
    except ValueError as e:
        print("ValueError", e)
