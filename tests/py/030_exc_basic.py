# raise / try / except with builtin exception classes and own messages
def check_age(a):
    if a < 0:
        raise ValueError("age must be non-negative")
    if a > 150:
        raise ValueError("age too large")
    return a
for a in [10, -1, 200]:
    try:
        print("ok", check_age(a))
    except ValueError as e:
        print("ValueError:", str(e))
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print("KeyError", str(e))
try:
    raise TypeError("wrong type")
except ValueError:
    print("not here")
except TypeError as e:
    print("TypeError", str(e))
try:
    raise Exception("generic", 42)
except Exception as e:
    print(e.args, e.args[1])
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
print(safe_div(7, 2), safe_div(1, 0))
try:
    raise IndexError
except IndexError:
    print("bare class raise")
try:
    [1, 2][5]
except Exception:
    print("caught by Exception base")
