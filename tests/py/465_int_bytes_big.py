# int.to_bytes / int.from_bytes past 64 bits, both byte orders, signed and unsigned, round trips
# and CPython's OverflowError messages (-1 fits in 0 signed bytes, as in CPython).
import random
r = random.Random(5)
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**31, -2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64,
        2**70, -2**70, 2**71 - 1, -2**71, -2**71 - 1, 3**100, -(3**100), 2**128, -2**128, 2**127, -2**127]
vals += [r.randrange(-2**200, 2**200) for _ in range(20)]
for v in vals:
    for length in (0, 1, 8, 9, 17, 30):
        for order in ('big', 'little'):
            for signed in (False, True):
                try:
                    b = v.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    print(v, length, order, signed, b.hex(), back == v)
                except OverflowError as e:
                    print(v, length, order, signed, e)
for b in [b'', b'\x00', b'\xff' * 12, b'\x80' + b'\x00' * 9, b'\x7f' + b'\xff' * 9, bytes(range(1, 40)), bytes(range(200, 256))]:
    for order in ('big', 'little'):
        print(int.from_bytes(b, order), int.from_bytes(b, order, signed=True), int.from_bytes(list(b), order, signed=True))
print((2**80).to_bytes(11, 'big'), (2**80 + 5).to_bytes(length=12, byteorder='little', signed=True))
