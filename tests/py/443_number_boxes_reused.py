# BINARY_OP writes a float or a boxed int result into an operand's box when no one else can see
# it (vm/interpreter.ts, reusable): an intermediate, or the local the next store replaces.
# Every alias below must keep its old value.

def floats():
    x = 2.5
    alias = x
    kept = [x]
    x += 1.0
    x = x * 2.0
    y = x - 0.5              # stored elsewhere: x keeps its value
    z = (x * y) + (y / 4)    # intermediates
    w = 3 + x                # a small int on the left
    x = x / 2
    print(x, y, z, w, alias, kept)
    t = 1.0
    for i in range(5):
        t += i
        t *= 1.5
    print(t)
    u = 1.0
    u = u / 3 + u            # the box is both a local and an operand twice
    v = 0.1
    v += v
    print(u, v)
    try:
        q = x / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        q = x / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(x, 1e308 * 10, -1e308 * 10, 0.0 * -1)

def ints():
    big = 1 << 40
    alias = big
    kept = (big,)
    big += 1
    big = big - 3
    print(big, alias, kept)
    n = 2 ** 31
    for i in range(4):
        n += i
    print(n)
    m = 2 ** 62
    m += m                   # past 64 bits: a new box
    print(m)
    k = 2 ** 32 + 5
    k -= 2 ** 32 - 1         # back under 33 bits: fewer limbs, a new box
    print(k)
    s = -(2 ** 40)
    s += 2 ** 41             # the sign changes, the limb count stays
    print(s, -s)
    c = 2 ** 35
    d = c
    c += 0 * d
    print(c is d, c == d)

def cells():
    total = 1 << 40
    def read():
        return total
    total += 1               # a cell's value is never a plain local
    print(total, read())

floats()
ints()
cells()
total = 2 ** 45
g = total
total += 1                   # module globals: never reused
print(total, g)
