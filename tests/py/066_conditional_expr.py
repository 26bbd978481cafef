# Conditional expressions, nesting, and use inside calls and comprehensions
def sign(n):
    return "pos" if n > 0 else "neg" if n < 0 else "zero"
print([sign(v) for v in [-3, 0, 7]])
x = 15
print("big" if x > 10 else "small", "even" if x % 2 == 0 else "odd")
def abs2(v):
    return v if v >= 0 else -v
print(abs2(-4), abs2(4))
label = "many" if len([1, 2, 3]) > 2 else "few"
print(label)
grades = [95, 82, 71, 60, 45]
print(["A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "F" for g in grades])
def safe_get(d, k):
    return d[k] if k in d else "?"
print(safe_get({"a": 1}, "a"), safe_get({"a": 1}, "b"))
calls = []
def t(v):
    calls.append(v)
    return v
r = t("yes") if t(True) else t("no")
print(r, calls)
print(max(3, 4) if 1 else min(3, 4))
n = 7
parity = ("odd" if n % 2 else "even") + "!"
print(parity)
print((lambda q: q * 2 if q else None)(0), (lambda q: q * 2 if q else None)(3))
