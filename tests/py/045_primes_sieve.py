# Sieve of Eratosthenes, prime factorization, twin primes
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(100)
print(ps)
print(len(sieve(1000)), sum(ps))
def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs
for n in [2, 12, 97, 360, 1001, 65536, 999999]:
    print(n, factorize(n))
twins = []
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] == 2:
        twins.append((ps[i], ps[i + 1]))
print(twins)
print(factorize(600851475143))
