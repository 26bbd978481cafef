# bytearray: construction, item and slice assignment, deletion, the list-like mutators, +=, *,
# comparison with bytes, unhashability
ba = bytearray(b"hello")
ba[0] = ord("j")
ba[-1] = 121
print(ba, len(ba), ba[1], ba[1:3], type(ba[1:3]).__name__)
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 50])
ba.extend(x for x in b"!!")
ba += b"."
ba += bytearray(b"..")
print(ba)
ba[0:5] = b"HELLO"
print(ba)
ba[0:5] = b"hi"
print(ba)
ba[2:2] = [45, 45]
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-3:]
del ba[::3]
print(ba, len(ba))
ba.clear()
print(ba, len(ba), bool(ba))
z = bytearray(b"abcdef")
print(z.pop(), z.pop(0), z.pop(-2), z)
z.insert(0, 65)
z.insert(100, 90)
z.insert(-1, 89)
print(z)
z.remove(ord("b"))
z.reverse()
print(z, z.copy(), z.copy() is z, bytes(z))
w = z
w += b"!"
print(w is z, z)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("ab", "ascii"), bytearray(b"x") * 3, bytearray(range(3)))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"))
data = bytearray(b"self")
data.extend(data)
data.extend(bytes(data))
print(data)
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: bytearray().pop(), lambda: bytearray(b"a").pop(3),
            lambda: bytearray(b"a").remove(5), lambda: hash(bytearray()),
            lambda: bytearray(b"ab").extend(7), lambda: bytearray(b"ab").extend([1, 999])]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
q = bytearray(b"abc")
for key, val in [(5, 1), (0, 300), (0, "x")]:
    try:
        q[key] = val
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    q[0:3:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    q[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
q[::-1] = b"zyx"
print(q, "a".center(4, "-"), "abc".center(6, "*"))
print(q)
try:
    del q[10]
except IndexError as e:
    print("IndexError:", e)
