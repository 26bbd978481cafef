# Generator functions: yield, lazy execution order, state between yields, return ends iteration
def numbers(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("done")

g = numbers(3)
print("created", type(g).__name__)
for v in g:
    print("got", v)
print(list(g))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])

def early(items):
    for x in items:
        if x < 0:
            return
        yield x * 10
print(list(early([1, 2, -1, 3])))

def pairs(s):
    it = iter(s)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs("abcde")))
gen = numbers(2)
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)
def counter():
    n = 0
    while n < 3:
        n += 1
        yield n
    return "finished"
c = counter()
print(list(c))
c2 = counter()
next(c2); next(c2); next(c2)
try:
    next(c2)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(sum(x * x for x in counter()), max(counter()), sorted(counter(), reverse=True))
