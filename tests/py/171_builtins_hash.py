# hash() used only through equality comparisons: equal values hash equal across types
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(b"xy") == hash(b"x" + b"y"))
print(hash(()) == hash(tuple()), hash(None) == hash(None), hash(2 ** 40) == hash(2 ** 40))
print(hash(-1) == hash(-1), hash(1.5) == hash(1.5), hash("") == hash(str()))
for v in [[1], {1: 2}, {3}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
    def __hash__(self):
        return hash(self.x)
print(hash(P(3)) == hash(P(3)), hash(P(3)) == hash(3), P(3) in {P(3)}, P(4) in {P(3)})
print(type(hash("x")).__name__, type(hash(P(1))).__name__)
class Big:
    def __hash__(self):
        return 12
print(hash(Big()) == 12, hash(Big()) == hash(Big()))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, False, "0"}))
