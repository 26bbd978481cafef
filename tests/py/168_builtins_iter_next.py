# iter() on various containers, iter(callable, sentinel), manual iteration protocols
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"))
print(list(iter((1, 2))), list(iter("ab")), list(iter({"k": 1, "j": 2})), list(iter(range(2))))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["first", "second", "", "ignored"]
pos = [0]
def read_line():
    s = lines[pos[0]]
    pos[0] += 1
    return s
print(list(iter(read_line, "")))
it1 = iter([1, 2, 3])
print(iter(it1) is it1)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), list(f), sum(f))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2, "c": 3}
ki = iter(d.items())
print(next(ki), list(ki))
def round_robin(*iterables):
    its = [iter(x) for x in iterables]
    while its:
        nxt = []
        for i in its:
            try:
                yield next(i)
                nxt.append(i)
            except StopIteration:
                pass
        its = nxt
print(list(round_robin("abc", [1, 2], "XYZW")))
