# try/except/else/finally: else runs only without exception, before finally
def attempt(x):
    events = []
    try:
        events.append("try")
        r = 10 // x
    except ZeroDivisionError:
        events.append("except")
    else:
        events.append("else " + str(r))
    finally:
        events.append("finally")
    return events
print(attempt(2))
print(attempt(0))
def else_raises():
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("caught", str(e))
def else_returns():
    try:
        v = 5
    except Exception:
        return "except"
    else:
        return "else " + str(v)
    finally:
        print("finally before return")
print(else_returns())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError as e:
        print("key", str(e))
    else:
        print("clean", i)
