# Comparisons, chained comparisons and equality across types
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0, "a" < "b", "abc" < "abd", "Z" < "a")
print("apple" < "apples", "" < "a", "b" > "abc")
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print((2, "a") > (1, "z"), [3] > [2, 9])
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print(None == None, None != 0, True == 1, False == 0)
def check(a, b):
    if a < b:
        return "lt"
    elif a == b:
        return "eq"
    return "gt"
for p in [(1, 2), (2, 2), (3, 2), ("x", "y"), ((1, 2), (1, 1))]:
    print(check(p[0], p[1]))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(5))
print(calls)
