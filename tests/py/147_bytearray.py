# bytearray (basic): mutation by index, append, extend, +=, len, decode, hex, conversion to bytes
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba[1], ba[-1], bytes(ba))
print(ba.decode(), ba.hex(), list(ba[:3]), type(ba[1:3]).__name__)
z = bytearray(4)
print(z, list(z), len(z))
z[1] = 255
z[-1] = 7
print(z, z.hex(), bytes(z))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba[100] = 1
except IndexError as e:
    print("IndexError:", e)
buf = bytearray()
for i in range(5):
    buf.append(48 + i)
print(buf, buf.decode(), bytes(buf) == b"01234", buf == b"01234")
print(bytearray([1, 2]) + b"\x03", bytearray(b"ab") * 2, 113 in bytearray(b"xqz"))
print(bytearray("hé", "utf-8"), bytearray(b"xyz")[::-1], bytearray(range(3)))
def xor(data, key):
    out = bytearray(data)
    for i in range(len(out)):
        out[i] ^= key[i % len(key)]
    return bytes(out)
enc = xor(b"secret message", b"k3y")
print(enc.hex(), xor(enc, b"k3y"))
def to_upper(data):
    out = bytearray(data)
    for i, c in enumerate(out):
        if 97 <= c <= 122:
            out[i] = c - 32
    return out
print(to_upper(b"Hello, World 42"), to_upper(bytearray()).decode() == "")
