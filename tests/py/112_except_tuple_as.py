# except (A, B) as e, ordered handlers, bare except, nested try, exception variable scoping
def risky(n):
    if n == 0:
        return 1 // n
    if n == 1:
        return [][n]
    if n == 2:
        return {}["k"]
    if n == 3:
        return int("xyz")
    if n == 4:
        return undefined_name
    if n == 5:
        raise OSError("disk")
    return n

for n in range(7):
    try:
        r = risky(n)
        print(n, "->", r)
    except (IndexError, KeyError) as e:
        print(n, "lookup", type(e).__name__, isinstance(e, LookupError))
    except (ZeroDivisionError, ValueError) as e:
        print(n, "math/value", type(e).__name__, e)
    except NameError as e:
        print(n, "name", e)
    except:
        print(n, "bare except")
errs = (TypeError, AttributeError)
for thing in [None, 5]:
    try:
        thing.upper()
    except errs as e:
        print("caught", type(e).__name__)
try:
    len(5)
except errs as e:
    print("caught", type(e).__name__, e)
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("e was unbound after except")
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong")
except LookupError as outer:
    print("outer got", repr(outer))
