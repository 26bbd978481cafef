# Constructor builtins: int(x, base), float(str), str(), list(), tuple(), dict() forms, set()
print(int("42"), int("-0"), int("+17"), int("101", 2), int("777", 8), int("Ff", 16), int("zz", 36))
print(int(7.9), int(-7.9), int("0b11", 0), int("0x1F", 0), int(" 12\n"))
for bad in ["", "1.5", "abc", "0x10", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(float("3.25"), float("  -1e3 "), float("inf"), float("-Infinity"), float(".5"), float("1_0.5"))
print(str(12), str(-0.5), str(None), str(True), str([1, (2, "3")]), str(b"x"))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("hi"), tuple(), tuple({1: 0}))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(sorted(set("hello")), set(), sorted(frozenset([3, 1])))
print(bool("False"), bool([]), int(bool(7)), float(int("3")), str(float("2")))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5", "-0"]])
print(int(float("1e3")), round(float("2.5")), int("-12") * 3)
