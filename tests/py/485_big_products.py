# Products and squares of big ints around the Karatsuba threshold (40 32-bit limbs) and far
# past it, balanced and unbalanced, with carries through all-ones limbs and zero middle limbs.
# Printed as bit length, ends of the hex text and residues (decimal text has a digit limit).


def rnd(nbytes, seed):
    s = seed
    out = bytearray(nbytes)
    for i in range(nbytes):
        s = (s * 1103515245 + 12345) % 2147483648
        out[i] = (s >> 16) & 255
    out[-1] |= 128  # the exact bit length
    return int.from_bytes(bytes(out), "little")


def show(label, p):
    h = hex(p)
    print(label, p.bit_length(), h[:18], h[-16:], p % 1000000007, p % (2 ** 61 - 1))


sizes = [1, 39 * 4, 40 * 4, 41 * 4, 79 * 4, 80 * 4, 81 * 4, 161 * 4, 333 * 4, 1000 * 4, 4099 * 4]
nums = [rnd(n, 7 + n) for n in sizes]
for i, a in enumerate(nums):
    show("sq", a * a)
    show("pow2", a ** 2)
    for j in range(i + 1, len(nums)):
        b = nums[j]
        p = a * b
        assert p == b * a
        assert p // b == a and p % b == 0
        show("mul", p)

# sums of products agree with the product of sums (distributivity over Karatsuba's split)
a, b, c = nums[-1], nums[-2], nums[-3]
assert a * (b + c) == a * b + a * c
assert (a + b) * (a - b) == a * a - b * b
print("distributive ok")

ones = 2 ** (32 * 200) - 1
show("ones sq", ones * ones)
assert ones * ones == 2 ** (32 * 400) - 2 ** (32 * 200 + 1) + 1
show("ones x", ones * (2 ** (32 * 57) - 1))
sparse = 2 ** (32 * 300) + 1
show("sparse", sparse * sparse)
show("sparse x rnd", sparse * nums[-2])
show("neg", -nums[-1] * nums[-3])
show("neg neg", (-nums[-1]) * (-nums[-1]))
show("shift", (nums[-1] << 1000) * (nums[-2] << 3333))
x = 7 ** 20000
show("7**20000", x)
show("7**40000", x * x)
assert x * x == 7 ** 40000
print("done")
