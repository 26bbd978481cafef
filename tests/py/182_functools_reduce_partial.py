# functools.reduce (with/without initial) and functools.partial (args, keywords, nesting)
from functools import reduce, partial
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: b + a, "abc"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(inc, inc, inc)(0))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square(base=3), type(square).__name__)
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("111", base=10))
def greet(greeting, name, punct="!"):
    return "%s, %s%s" % (greeting, name, punct)
hello = partial(greet, "Hello")
hello_q = partial(hello, punct="?")
print(hello("ann"), hello_q("bob"), hello_q("cy", punct="."))
print(list(map(partial(pow, 2), range(6))))
digits = [3, 1, 4, 1, 5]
print(reduce(lambda n, d: n * 10 + d, digits), functools.reduce(lambda s, c: s + c.upper(), "xyz", ">"))
nested = [[1, 2], [3], [4, 5, 6]]
print(reduce(lambda a, b: a + b, nested), reduce(lambda d, k: {**d, k: len(d)}, "abc", {}))
