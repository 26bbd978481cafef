# return inside try/except/finally: finally runs, finally's return wins
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f4 x set to", x)
print(f4())
def f5(n):
    try:
        if n == 0:
            raise KeyError("zero")
        return n * 2
    except KeyError:
        return -1
    finally:
        print("f5 done", n)
print(f5(0), f5(3))
def f6():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("f6 iteration", i)
    return -1
print(f6())
def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
