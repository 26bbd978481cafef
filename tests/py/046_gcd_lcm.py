# Euclid's gcd (iterative and recursive), lcm, extended gcd, fractions by hand
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in [(12, 18), (17, 5), (100, 75), (0, 9), (270, 192), (1071, 462)]:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b) if a else 0)
g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm 1..20 =", acc)
def add_frac(n1, d1, n2, d2):
    n = n1 * d2 + n2 * d1
    d = d1 * d2
    g = gcd(n, d)
    return n // g, d // g
print(add_frac(1, 2, 1, 3), add_frac(3, 4, 1, 4), add_frac(1, 6, -1, 6))
total = (0, 1)
for k in range(1, 8):
    total = add_frac(total[0], total[1], 1, k)
print("H7 = %d/%d" % total)
