# Integer arithmetic at the representation boundaries: the 31-bit small ints (+-2^30), the
# 64-bit fast paths (+-2^62, 2^63 - 1, -2^63) and just past them, every operator against every
# value. None of these may trap or wrap; each result is printed so that CPython checks it.
MIN = -2**63
MAX = 2**63 - 1
VALUES = [
    0, 1, -1, 2, -2, 3, -7,
    2**30 - 1, 2**30, -2**30, -2**30 - 1,
    2**31, -2**31, 2**32,
    2**62 - 1, 2**62, -2**62, -2**62 - 1,
    MAX, MAX - 1, MIN, MIN + 1,
    2**63, -2**63 - 1, 2**64, -2**64, 2**64 + 1,
]


def attempt(f, a, b):
    try:
        return f(a, b)
    except Exception as e:
        return type(e).__name__


OPS = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("divmod", lambda a, b: divmod(a, b)),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("<", lambda a, b: a < b),
    ("==", lambda a, b: a == b),
]

for name, f in OPS:
    print("--", name)
    for a in VALUES:
        print(a, [attempt(f, a, b) for b in VALUES])

# the same through the augmented assignments (their own opcodes)
print("-- augmented")
for a in VALUES:
    row = []
    for b in (-1, 1, MIN, MAX, 2**62):
        x = a
        x *= b
        y = a
        y += b
        z = a
        z -= b
        row.append((x, y, z))
    print(a, row)

# -1 and 1 against the edges, written out: the constant on either side
print(-1 * MIN, MIN * -1, 1 * MIN, MIN * 1, MIN // -1, MIN % -1, MIN // 1, MIN % 1)
print(divmod(MIN, -1), divmod(MIN, 1), divmod(MAX, -1), divmod(-MAX, -1))
print(-MIN, abs(MIN), abs(MIN + 1), abs(MAX), -(MIN + 1), +MIN)
print(0 - MIN, MIN - 1, MAX + 1, MIN + MIN, MAX + MAX, MIN * MIN, MAX * MAX, MIN * 2, MAX * -2)

print("-- true division")
for a in VALUES:
    print(a, [attempt(lambda p, q: p / q, a, b) for b in (1, -1, 2, 3, -7, 2**30, MAX, MIN, 2**64)])

print("-- shifts")
SHIFTS = [0, 1, 2, 29, 30, 31, 32, 33, 61, 62, 63, 64, 65, 127, 128, -1]
for a in VALUES:
    print(a, [attempt(lambda p, q: p << q, a, s) for s in SHIFTS])
    print(a, [attempt(lambda p, q: p >> q, a, s) for s in SHIFTS])

print("-- powers")
for a in VALUES:
    print(a, [attempt(pow, a, e) for e in (0, 1, 2, 3, -1, -2)])
print((-2) ** 63, 2 ** 63, (-2) ** 62, 2 ** 62, (-2) ** 64, (-1) ** MAX, (-1) ** 2**64, 1 ** MIN)

print("-- unary, abs, hash, float, bit_length")
for a in VALUES:
    print(a, -a, ~a, +a, abs(a), hash(a), hash(float(a)), float(a), a.bit_length(), int(float(a)))

print("-- with floats")
for a in VALUES + [2**1023, -2**1024 + 2**970, 2**1024 - 2**970, 2**1024, 3**700]:
    print(a, [attempt(f, a, 2.5) for f in (lambda p, q: p + q, lambda p, q: p - q * 4, lambda p, q: p * q,
                                           lambda p, q: p / q, lambda p, q: p // q, lambda p, q: p % q,
                                           lambda p, q: divmod(p, -q), lambda p, q: q ** p if p < 2**10 else 0)],
          [attempt(lambda p, q: q(p), a, g) for g in (float, lambda x: x < float(x), lambda x: x == float(x),
                                                      lambda x: x > float(x), lambda x: x == float(x) + 1.0)])

print("-- round")
for a in VALUES:
    print(a, [round(a, d) for d in (0, -1, -2, -18, -19, -20, -30)])

print("-- int(float) near 2^63")
for f in (9.2e18, -9.2e18, 9.223372036854775e18, -9.223372036854775e18,
          9.223372036854776e18, -9.223372036854776e18, 9.223372036854778e18, -9.223372036854778e18,
          1.8446744073709552e19, -1.8446744073709552e19, 2.0**62, -2.0**62, 2.0**30, -2.0**30,
          2.0**63 - 1024, -(2.0**63) + 1024):
    print(f, int(f), round(f), f // 1, f % 7, int(f) == f, int(f) < f, MAX < f, MIN <= f)
print(float(MIN), float(MAX), float(MIN + 1), float(2**62 + 1), MIN == float(MIN), MAX == float(MAX))
