# Re-raising with bare raise and raising new exceptions from handlers
def level1():
    raise ValueError("original")
def level2():
    try:
        level1()
    except ValueError:
        print("level2 saw it, re-raising")
        raise
def level3():
    try:
        level2()
    except ValueError as e:
        print("level3 caught:", str(e))
        return "done"
print(level3())
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot convert " + s)
for s in ["12", "x1"]:
    try:
        print(convert(s))
    except RuntimeError as e:
        print("RuntimeError:", str(e))
def retry(n):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < n:
                raise RuntimeError("fail " + str(attempts))
            return attempts
        except RuntimeError as e:
            print("retrying after", str(e))
print("succeeded after", retry(3))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("handling", str(e))
        raise
except KeyError as e2:
    print("outer got", str(e2))
