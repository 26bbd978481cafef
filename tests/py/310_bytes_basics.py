# bytes: literals and escapes, repr quoting, construction, indexing, slicing, comparison, hashing
lits = [b"", b"abc", b"\x00\x01\x7f\x80\xff", b"\n\r\t\\", b"'", b'"', b"'\"", b"\a\b\f\v", b"\101\102",
        rb"\x00\n", b"multi" b"part", b"it's", b'say "hi"']
for b in lits:
    print(repr(b), len(b), str(b) == repr(b))
print(bytes(), bytes(4), bytes([0, 65, 255]), bytes((104, 105)), bytes(range(97, 100)), bytes(b"xy"))
print(bytes(bytearray(b"ba")), bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(x * 2 for x in range(4)))
b = b"hello, world"
print(b[0], b[-1], b[4], b[:5], b[7:], b[::3], b[::-1], b[100:], b[-3:-1], b[5:1])
print(type(b[0]).__name__, type(b[1:3]).__name__, type(b).__name__, isinstance(b, bytes), isinstance(b, bytearray))
print(b"abc" == b"abc", b"abc" != b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"", b"abc" == "abc", b"a" == 97)
print(sorted([b"pear", b"apple", b"fig", b""]), max(b"zebra"), min([b"b", b"a"]))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" * 0, b"ab" * -1, b"" + b"")
print(97 in b"abc", 100 in b"abc", b"bc" in b"abc", b"" in b"abc", b"ca" in b"abc", b"abc" in b"abc")
d = {b"key": 1, b"other": 2}
d[b"k" + b"ey"] += 10
print(d, b"key" in d, d.get(b"nope"), hash(b"abc") == hash(b"ab" + b"c"), len({b"a", b"a", b"b"}))
print(list(b"hi"), tuple(b"\x00\xff"), [x for x in b"abc"], sum(b"\x01\x02\x03"), list(reversed(b"abc")))
print(b"x" if b"" else b"empty is false", bool(b"\x00"), len(b"\x00" * 10))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-2), lambda: bytes(1.5),
            lambda: bytes(["a"]), lambda: b"abc"[3], lambda: b"abc"[str(1)], lambda: b"a" + "b", lambda: "a" + b"b",
            lambda: b"a" < "b", lambda: "a" in b"abc", lambda: 256 in b"abc", lambda: bytes(b"x", "utf-8")]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(str(b"x"), f"{b'q'}", "%s" % (b"y",), [b"a", bytearray(b"b")], (b"t",))
print(ord(b"a"), ord(bytearray(b"z")), [ord(b[i:i + 1]) for i in range(3)])
