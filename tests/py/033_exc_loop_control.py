# break and continue through try/finally blocks inside loops
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
n = 0
while n < 4:
    n += 1
    try:
        try:
            if n % 2 == 0:
                continue
            print("odd", n)
        finally:
            print("inner fin", n)
    finally:
        print("outer fin", n)
results = []
for v in [1, 0, 2, 0, 4]:
    try:
        results.append(8 // v)
    except ZeroDivisionError:
        results.append("inf")
        continue
    finally:
        results.append("|")
    results.append("after")
print(results)
for i in range(3):
    try:
        raise ValueError(str(i))
    except ValueError as e:
        if i == 1:
            break
        print("handled", str(e))
    finally:
        print("cleanup", i)
