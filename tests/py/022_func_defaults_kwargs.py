# Positional parameters, default values and keyword arguments at call sites
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=4))
def box(w, h=None):
    if h is None:
        h = w
    return w * h
print(box(3), box(3, 4), box(h=5, w=2))
def describe(a, b=1, c=2):
    print("a=%d b=%d c=%d" % (a, b, c))
describe(0)
describe(0, c=9)
describe(0, 5)
describe(c=1, b=2, a=3)
def append_to(x, xs=None):
    if xs is None:
        xs = []
    xs.append(x)
    return xs
print(append_to(1), append_to(2), append_to(3, [0]))
DEFAULT = 10
def use_default(v=DEFAULT):
    return v
DEFAULT = 20
print(use_default(), use_default(5))
def no_return():
    pass
print(no_return())
