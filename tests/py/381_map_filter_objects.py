# map and filter are types: lazy objects, isinstance, reprs without addresses, argument errors
def addr_free(obj):
    text = repr(obj)
    return text[:text.index(" at 0x")] + ">" if " at 0x" in text else text

m = map(abs, [-1, 2, -3])
f = filter(None, [0, 1, "", "x"])
print(type(m).__name__, type(f).__name__, type(m) is map, isinstance(f, filter))
print(isinstance(m, filter), isinstance(m, object), addr_free(m), addr_free(f))
print(map.__name__, filter.__name__, type(map), type(map) is type)
print(next(m), m.__next__(), list(m), list(m))

def squares(n):
    for i in range(n):
        yield i * i
g = squares(4)
print(addr_free(g), type(g).__name__, addr_free(squares))
print(list(map(lambda a, b, c: a + b + c, "abc", "de", "fghi")))
print(list(filter(lambda s: s.isupper(), map(str.upper, ["a", "B", "c"]))))

# laziness: the function runs only when an item is asked for
seen = []
def loud(x):
    seen.append(x)
    return -x
lazy = map(loud, range(5))
print(seen, next(lazy), seen, list(lazy), seen)

# a user iterable and a generator as sources
class Steps:
    """iter() of it is a generator: map and filter take it like any iterable"""
    def __init__(self, top, step=1):
        self.top, self.step = top, step
    def __iter__(self):
        return (self.top - k for k in range(0, self.top, self.step))
print(list(map(lambda a, b: a * b, Steps(3), squares(5))))
print(list(filter(lambda v: v % 2, Steps(6))), sum(map(len, ["ab", "cde"])), list(Steps(9, 4)))

# pipelines of map and filter objects feed any consumer
words = "the quick brown fox jumps over the lazy dog".split()
long_words = filter(lambda w: len(w) > 3, words)
lengths = map(len, long_words)
print(sorted(lengths), dict(zip(words, map(len, words)))["quick"])
print(max(map(lambda w: (len(w), w), words)), min(filter(None, [0, 3, 2])))
print(" ".join(map(str, filter(lambda n: n % 3 == 0, range(20)))))
print(tuple(enumerate(map(str.title, ["ann", "bo"]))), set(map(abs, [-1, 1, 2])))

# errors at the call, as CPython raises them
def attempt(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: map())
attempt(lambda: map(abs))
attempt(lambda: filter(None))
attempt(lambda: filter(None, [1], [2]))
attempt(lambda: map(abs, 42))
attempt(lambda: filter(None, 3.5))
attempt(lambda: map(abs, [1], key=1))
attempt(lambda: next(map(abs, ["x"])))
boom = map(lambda x: 10 // x, [5, 0, 2])
print(next(boom))
try:
    next(boom)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    m.send(None)
except AttributeError as e:
    print("AttributeError:", e)
print(addr_free(zip([1], [2])), addr_free(enumerate("a")), type(zip()).__name__)
