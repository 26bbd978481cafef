# needs: bigint
# Digits of pi and e with a big-integer spigot / fixed-point series, plus a big checksum
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(60)
print(str(d[0]) + "." + "".join(map(str, d[1:])))
def e_digits(n):
    scale = 10 ** (n + 5)
    total = term = scale
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 5)
e = e_digits(50)
print(e[0] + "." + e[1:])
def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    n, sign = 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        n += 2
        sign = -sign
    return total
scale = 10 ** 70
pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
s = str(pi)
print(s[0] + "." + s[1:61], s[1:60] == "".join(map(str, d[1:60])))
print(sum(d), pi % 1000000007, len(str(pi * pi)))
