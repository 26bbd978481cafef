# range() with ints beyond 64 bits whose items fit (empty ranges, a huge step with one item), its
# attributes, repr, equality; huge indexes, slice bounds and repeat counts on sequences.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, repr(r))

show("list(range(-7, -10**25, 7))", lambda: list(range(-7, -10**25, 7)))
show("range(-7, -10**25, 7)", lambda: range(-7, -10**25, 7))
show("len", lambda: len(range(-7, -10**25, 7)))
show("stop", lambda: range(-7, -10**25, 7).stop)
show("eq", lambda: range(-7, -10**25, 7) == range(0))
show("hash", lambda: hash(range(-7, -10**25, 7)) == hash(range(0)))
show("bool", lambda: bool(range(10**30, 0)))
show("list(range(3, 10, 10**30))", lambda: list(range(3, 10, 10**30)))
show("range(3, 10, 10**30)", lambda: range(3, 10, 10**30))
show("range(3, 10, 10**30).step", lambda: range(3, 10, 10**30).step)
show("list(range(3, -10, -10**30))", lambda: list(range(3, -10, -10**30)))
show("list(range(2**63 - 3, 2**63 + 5))", lambda: list(range(2**63 - 3, 2**63 - 1)))
show("list(range(-2**63 + 3, -2**63, -1))", lambda: list(range(-2**63 + 3, -2**63, -1)))
show("len(range(-2**62, 2**62, 3))", lambda: len(range(-2**62, 2**62, 3)))
show("range(-2**62, 2**62, 3)[-1]", lambda: range(-2**62, 2**62, 3)[-1])
show("range(10**30, 10**30)", lambda: list(range(10**30, 10**30)))
show("7 in range(-7, -10**25, 7)", lambda: -7 in range(-7, -10**25, 7))
show("range(0, 10, 3)[10**30]", lambda: range(0, 10, 3)[10**30])
show("range(0, 10, 3)[-10**30]", lambda: range(0, 10, 3)[-10**30])
show("range(1.5)", lambda: range(1.5))
show("range(1, 2, 0)", lambda: range(1, 2, 0))
show("reversed", lambda: list(reversed(range(-7, -10**25, 7))))
show("list(range(5)[10**30:])", lambda: list(range(5)[10**30:]))
show("list(range(5)[-10**30:2])", lambda: list(range(5)[-10**30:2]))
show("[1,2,3][10**30:]", lambda: [1, 2, 3][10**30:])
show("[1,2,3][-10**30:2]", lambda: [1, 2, 3][-10**30:2])
show("[1,2,3][::10**30]", lambda: [1, 2, 3][::10**30])
show("[1,2,3][::-10**30]", lambda: [1, 2, 3][::-10**30])
show("'abc'[10**30]", lambda: "abc"[10**30])
show("[1][2**63]", lambda: [1][2**63])
show("(1,)[-2**64]", lambda: (1,)[-2**64])
show("[0] * 10**30", lambda: [0] * 10**30)
show("[] * 10**30", lambda: [] * 10**30)
show("'' * 10**30", lambda: "" * 10**30)
show("[0] * -10**30", lambda: [0] * -10**30)

# ranges at the 64-bit edges (items and the value one step past the last within 64 bits), and
# slices of ranges: CPython's bounds
M = 2**63 - 1
show("rev high", lambda: list(reversed(range(M - 2, M))))
show("rev low neg", lambda: list(reversed(range(-M + 2, -M - 1, -1))))
show("slice high", lambda: list(range(M - 5, M)[1:10]))
show("slice rev", lambda: list(range(M - 5, M)[::-2]))
show("in", lambda: M - 1 in range(M - 5, M))
show("iter end", lambda: list(range(M - 3, M)))
show("iter end neg", lambda: list(range(-M + 2, -M - 1, -1)))
show("eq", lambda: range(M - 3, M) == range(M - 3, M, 1))
class S:
    def __getitem__(self, k):
        return k
S = S()
for r in [range(10), range(0, 10, 3), range(10, 0, -2), range(-5, 5), range(5, 5)]:
    for s in [S[:], S[2:5], S[::-1], S[1::2], S[-3:-1], S[8:2:-3], S[5:2], S[20:30], S[::-4], S[-100:100]]:
        show(repr(r) + str((s.start, s.stop, s.step)), lambda: r[s])
