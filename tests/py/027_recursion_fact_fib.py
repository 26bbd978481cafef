# Recursion: factorial, fibonacci, sum of digits, power, list flattening
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print([fact(i) for i in range(11)])
print(fact(20))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(18)])
def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)
print(digit_sum(987654321))
def fast_pow(b, e):
    if e == 0:
        return 1
    half = fast_pow(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b
print(fast_pow(3, 13), fast_pow(2, 40), fast_pow(7, 0))
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, 4], []], [[[5]]], 6]))
def count_down(n):
    if n == 0:
        return "liftoff"
    return str(n) + " " + count_down(n - 1)
print(count_down(5))
