# Set operators: | & - ^, comparisons (subset/superset), in-place forms, membership
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a | b) == sorted(b | a), (a & b) == (b & a))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {5}, a > a, {9} <= a)
print(a == {5, 4, 3, 2, 1}, a != b, set() == set(), {1} == {1.0})
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 99}
print(sorted(c))
c -= {2}
print(sorted(c))
c ^= {1, 3}
print(sorted(c))
print(3 in a, 8 in a, 8 not in a, len(a), len(set()))
print(sorted({"pear", "apple"} | {"fig"}), sorted({"x", "y"} - {"y"}))
print(set("mississippi") == {"m", "i", "s", "p"}, len(set("mississippi")))
print(sorted(set([3, 1, 3, 2, 1])), set(range(5)), set((1, 1, 2)))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens ^ threes))
print(bool(set()), bool({0}), repr(set()), {1, 2} | set(), sorted({-1, -2, 3}))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, {True, 1, 1.0})
