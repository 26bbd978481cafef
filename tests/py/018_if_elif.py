# if / elif / else chains and nested conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"
for v in [-5, 0, 4, 7, 200, 101]:
    print(v, classify(v))
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)
out = []
for i in range(1, 16):
    out.append(fizzbuzz(i))
print(" ".join(out))
x = 5
if x:
    pass
else:
    print("unreachable")
if not x == 5:
    print("no")
elif x > 3 and x < 10:
    print("between")
grade = 83
if grade >= 90:
    print("A")
elif grade >= 80:
    print("B")
else:
    print("C")
