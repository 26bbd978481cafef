# next() with default, StopIteration in generators becomes RuntimeError (PEP 479), iterator exhaustion
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))

def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def first(iterable, default=None):
    for x in iterable:
        return x
    return default
print(first([]), first("abc"), first((x for x in range(10) if x > 6)))

def uses_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "exhausted"
        yield v
print(list(uses_next(iter("xyz"))))
g2 = uses_next(iter([]))
try:
    next(g2)
except StopIteration as e:
    print("value:", e.value)
r = iter(range(3))
print(list(r), list(r))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
s = "hi"
si = iter(s)
print(next(si), next(si), next(si, "<eof>"))
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], "a")
print(next(z), next(z, "stop"))
