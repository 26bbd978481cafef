# except (A, B) as e, multiple except clauses, order of matching
def risky(k):
    if k == 0:
        return 1 // k
    if k == 1:
        return [1][k]
    if k == 2:
        return {"a": 1}["b"]
    if k == 3:
        raise ValueError("bad value")
    if k == 4:
        return int("nope")
    return "fine"
for k in range(6):
    try:
        print(k, risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print(k, "arith-or-index:", str(e))
    except (KeyError, AttributeError) as e:
        print(k, "key-or-attr:", str(e))
    except ValueError:
        print(k, "value error")
for k in [0, 3]:
    try:
        risky(k)
    except Exception as e:
        print("base class caught", k)
try:
    raise AssertionError("assert-ish")
except (TypeError, AssertionError) as e:
    print("tuple match", e.args)
try:
    raise OverflowError("too big")
except OverflowError as e:
    print("overflow:", str(e))
