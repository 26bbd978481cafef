# for loops over range/list/tuple/str/dict, for/else
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("down", i)
for x in [1.5, "s", None]:
    print("list", x)
for x in ("t", 2):
    print("tuple", x)
for ch in "ab":
    print("str", ch)
for k in {"p": 1, "q": 2}:
    print("dict", k)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime", is_prime(n))
for i in []:
    print("never")
else:
    print("empty loop else")
print(list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)))
