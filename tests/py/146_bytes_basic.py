# bytes (basic): literals, indexing gives ints, slicing, len, decode, hex, bytes(list), comparisons
b = b"Hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__, type(b[1:2]).__name__)
print(list(b), bytes([72, 105]), bytes(3), bytes(range(65, 70)), bytes([]))
print(b.decode(), b.decode("utf-8"), b.decode("ascii"), "héllo".encode("utf-8"), "héllo".encode().decode())
print(b.hex(), b"\x00\xff\x10".hex(), b"".hex() == "", bytes([1, 171, 205]).hex())
print(b"abc" + b"def", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz", b"abc" < b"abd", b"" < b"a")
print(b"\n\t\\'", repr(b'"'), b"caf\xc3\xa9".decode("utf-8"), b"\x41\x42", b"\x7f\x80")
print(bytes("abc", "ascii"), b == b"Hello", b != b"hello", b"abc"[::-1], b"abc" == "abc")
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
total = 0
for byte in b"checksum":
    total = (total * 31 + byte) % 65521
print(total, sum(b"abc"), max(b"hello"), sorted(b"cab"), bytes(sorted(b"cab")))
print(bytes(b"copy"), list(reversed(b"abc")), [c for c in b"a1b2" if 48 <= c <= 57])
def checksum(data):
    a, s = 1, 0
    for x in data:
        a = (a + x) % 65521
        s = (s + a) % 65521
    return (s << 16) | a
print(checksum(b"Wikipedia"), checksum("hello world".encode()))
print(bytes([c ^ 0x20 for c in b"Hello"]), bytes(i * 3 for i in range(5)))
