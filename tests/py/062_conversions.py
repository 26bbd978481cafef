# Conversions: int(), float(), str(), bool(), repr(), chr(), ord(), list(), tuple(), dict()
print(int("42"), int("-17"), int("  8 "), int(3.99), int(-0.5), int(True))
print(float("1.5"), float(2), float("-0.25"), float(True))
print(str(12), str(-3.5), str(None), str(True), str([1, "a"]), str((1,)))
print(repr("x"), repr(12), repr([1, "two", 3.0]), repr({"k": None}))
print(bool(0), bool(0.0), bool(""), bool(" "), bool([0]), bool({}))
print(chr(97), ord("z"), chr(ord("a") + 25), [ord(c) for c in "AZ"])
print(list("hey"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple([1, 2]), tuple("ab"), tuple(range(2)))
print(dict([("a", 1), ("b", 2)]), dict({"x": 0}))
print(int("0"), str(0), int(str(123)) + 1, str(int("7")) + "7")
print(int(2.5e3), float(10) / 4)
def digits(n):
    return [int(c) for c in str(n)]
print(digits(90210), sum(digits(2 ** 50)))
for s in ["12", "x", "3.5", ""]:
    try:
        print(int(s))
    except ValueError:
        print("not an int:", repr(s))
print(str(1) + str(2), int("1") + int("2"))
print(float("3") == 3, str(3.0), str(1e-3))
