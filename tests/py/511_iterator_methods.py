# The builtin iterators answer __next__ and __iter__ by name (code written for Stackless takes
# `it.__next__` as a value, e.g. the public Stackless test suite's signature checks).
def g():
    yield 1
    yield 2


its = [iter([1, 2]), iter((1, 2)), iter("ab"), iter(range(2)), iter({1: 2, 3: 4}), iter({1: 2, 3: 4}.values()),
       iter({1: 2, 3: 4}.items()), zip([1, 2], [3, 4]), enumerate("xy"), map(abs, [-1, -2]), filter(None, [1, 2]), g()]
for it in its:
    nxt = it.__next__
    print(it.__iter__() is it, iter(it) is it, nxt(), next(it))
    try:
        nxt()
    except StopIteration:
        print("StopIteration")
    try:
        it.__next__(1)
    except TypeError:
        print("TypeError")
k = iter([7]).__next__
print(k(), list(map(lambda f: f(), [iter("q").__next__])))
# taken from the class, a method has no iterator to work on
for f in [lambda: type(iter([])).__next__(), lambda: type(g()).__next__(), lambda: map.__next__(),
          lambda: type(g()).send(None), lambda: type(g()).close(), lambda: type(iter(range(3))).__iter__()]:
    try:
        f()
    except TypeError:
        print("TypeError")
