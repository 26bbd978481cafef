# Objects with __index__ used as integers: sequence indexes and slice bounds (get, set, del),
# repeat counts, and the integer arguments of range(), hex(), chr(), list.pop(), math...
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Bad:
    def __index__(self):
        return "x"

class NoIndex:
    pass

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, repr(r))

xs = [10, 20, 30, 40, 50]
show("list[I(1)]", lambda: xs[I(1)])
show("list[I(-1)]", lambda: xs[I(-1)])
show("tuple[I(2)]", lambda: (1, 2, 3)[I(2)])
show("str[I(0)]", lambda: "abc"[I(0)])
show("bytes[I(1)]", lambda: b"abc"[I(1)])
show("range[I(3)]", lambda: range(10)[I(3)])
show("list[I(9)]", lambda: xs[I(9)])
show("list[Bad()]", lambda: xs[Bad()])
show("list[NoIndex()]", lambda: xs[NoIndex()])
show("slice", lambda: xs[I(1):I(4)])
show("slice step", lambda: xs[::I(2)])
show("slice mixed", lambda: xs[I(1):None:2])
show("slice str", lambda: "abcdef"[I(1):I(-1)])
show("slice bad", lambda: xs[Bad():])
ys = list(xs)
ys[I(0)] = 99
ys[I(1):I(3)] = ["a"]
del ys[I(-1)]
print(ys)
ba = bytearray(b"xyz")
ba[I(0)] = 65
print(ba)
show("[0] * I(3)", lambda: [0] * I(3))
show("I(2) * 'ab'", lambda: I(2) * "ab")
show("(1,) * I(2)", lambda: (1,) * I(2))
show("[0] * Bad()", lambda: [0] * Bad())
show("[0] * NoIndex()", lambda: [0] * NoIndex())
zs = [1, 2]
zs *= I(2)
print(zs)
show("range(I(3))", lambda: list(range(I(3))))
show("range(I(1), I(9), I(3))", lambda: list(range(I(1), I(9), I(3))))
show("hex(I(255))", lambda: hex(I(255)))
show("bin(I(5))", lambda: bin(I(5)))
show("oct(I(8))", lambda: oct(I(8)))
show("chr(I(65))", lambda: chr(I(65)))
show("hex(Bad())", lambda: hex(Bad()))
show("round(2.567, I(2))", lambda: round(2.567, I(2)))
l = [1, 2, 3]
show("pop(I(0))", lambda: l.pop(I(0)))
l.insert(I(0), I(7))
print(len(l), type(l[0]).__name__)
show("to_bytes", lambda: (258).to_bytes(I(2), "big"))
import math
show("factorial(I(5))", lambda: math.factorial(I(5)))
show("gcd", lambda: math.gcd(I(12), I(18)))
show("comb", lambda: math.comb(I(5), I(2)))
show("isqrt", lambda: math.isqrt(I(17)))
show("ldexp", lambda: math.ldexp(1.0, I(3)))

# int() tries __int__, __index__, __trunc__; divmod/** name themselves in TypeErrors; str and
# bytes search bounds, enumerate start, bytes(n)
class J:
    def __int__(self):
        return 7
    def __index__(self):
        return 3
show("int(I(4))", lambda: int(I(4)))
show("int(J())", lambda: int(J()))
show("bytes(I(3))", lambda: bytes(I(3)))
show("bytearray(I(2))", lambda: bytearray(I(2)))
show("'abcabc'.find('c', I(3))", lambda: "abcabc".find("c", I(3)))
show("list(enumerate('ab', I(5)))", lambda: list(enumerate("ab", I(5))))
show("divmod(I(7), 2)", lambda: divmod(I(7), 2))
show("pow(2, I(3))", lambda: pow(2, I(3)))
show("[1,2,3].index(2, I(0))", lambda: [1, 2, 3].index(2, I(0)))
show("(1).to_bytes(I(2), 'little')", lambda: (1).to_bytes(I(2), "little"))
show("int.from_bytes(b'ab', 'big')", lambda: int.from_bytes(b"ab", "big"))
show("isinstance", lambda: isinstance(I(1), int))
show("range(10)[I(2):I(5)]", lambda: range(10)[I(2):I(5)])
show("b'abc'[I(1):]", lambda: b"abc"[I(1):])
class T:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return 1.5
show("int(T())", lambda: int(T()))
show("int(BadInt())", lambda: int(BadInt()))
show("int(object())", lambda: int(object()))
show("2 ** object()", lambda: 2 ** object())
show("divmod(2, 'a')", lambda: divmod(2, "a"))
x = 2
try:
    x **= "a"
except TypeError as e:
    print(e)
show("'abcabc'.count('a', I(1), I(6))", lambda: "abcabc".count("a", I(1), I(6)))
show("'abc'.startswith('b', I(1))", lambda: "abc".startswith("b", I(1)))
show("b'abcabc'.rfind(b'a', I(0), I(3))", lambda: b"abcabc".rfind(b"a", I(0), I(3)))
