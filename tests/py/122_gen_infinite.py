# Infinite generators stopped manually (no itertools): counters, cycles, primes, collatz
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def cycle(seq):
    while True:
        for x in seq:
            yield x

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, count(10, 5)))
print(take(7, cycle("ab")))
print(take(15, primes()))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda p: p < 60, primes())))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[-10:], len(list(collatz(27))))
c = count()
for v in c:
    if v * v > 50:
        print("first square over 50:", v)
        break
print(next(c), next(c))
def zip_inf(a, b):
    while True:
        yield (next(a), next(b))
z = zip_inf(count(1), cycle("xyz"))
print([next(z) for _ in range(4)])
p = primes()
s = 0
while True:
    q = next(p)
    if q > 100:
        break
    s += q
print("sum primes < 100:", s)
