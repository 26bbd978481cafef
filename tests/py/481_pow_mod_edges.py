# pow(b, e, m) with moduli at the word boundaries (products of two residues leave 64 bits near
# 2^63), negative moduli and bases, negative exponents (the modular inverse), and the errors.
MODULI = [
    1, 2, 3, 7, 2**31 - 1, 2**31, 2**31 + 1, 2**32 - 1, 2**32, 2**32 + 1,
    2**62 - 1, 2**62, 2**62 + 1, 2**63 - 25, 2**63 - 1, 2**63, 2**63 + 1,
    2**64 - 59, 2**64, 2**64 + 1, 10**30 + 57, 2**127 - 1,
]
BASES = [0, 1, -1, 2, 3, -3, 2**31 - 1, 2**32 + 3, 2**62 + 5, 2**63 - 2, -2**63, 2**63 + 9, -10**20 - 1, 3**50]
EXPONENTS = [0, 1, 2, 3, 31, 63, 64, 65, 2**31 - 1, 2**62 + 1, 10**25]

print(pow(2, 31, 2**63 - 1), pow(2, 62, 2**63 - 1), pow(2, 63, 2**63 - 1), pow(2, 64, 2**63 - 1))

for m in MODULI:
    for sign in (1, -1):
        mm = m * sign
        print(mm, [[pow(b, e, mm) for e in EXPONENTS] for b in BASES])


def attempt(b, e, m):
    try:
        return pow(b, e, m)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


# negative exponents: the inverse, when gcd(b, m) == 1
for m in (7, 10, 2**31 - 1, 2**61 - 1, 2**63 - 25, 2**63 - 1, 2**64 - 59, 10**30 + 57, -7, -(2**63 - 1)):
    print(m, [attempt(b, e, m) for b in (3, -3, 2, 5, 2**40 + 1, -2**63) for e in (-1, -2, -7, -2**64)])
print(attempt(3, -1, 7), attempt(2, -1, 4), attempt(0, -1, 5), attempt(5, -1, 1), attempt(5, -1, -1))
print(attempt(3, 5, 0), attempt(3, -1, 0), attempt(3.0, 5, 7), attempt(3, 5, 7.0), attempt(True, 5, 3))
print(attempt(2, 10, True), attempt(-2**63, 1, 2**63), attempt(-2**63, 1, -2**63), attempt(2**63 - 1, 2, -2**63))
