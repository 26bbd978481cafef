# Collatz sequences: lengths, longest chain below a bound, peak values
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz_seq(6))
print(collatz_seq(27)[:12], len(collatz_seq(27)), max(collatz_seq(27)))
print([collatz_len(i) for i in range(1, 21)])
cache = {1: 0}
def clen(n):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    r = clen(nxt) + 1
    cache[n] = r
    return r
best = 1
for i in range(1, 3000):
    if clen(i) > clen(best):
        best = i
print("longest below 3000:", best, clen(best))
print(collatz_len(97), clen(97))
