# Exceptions propagating through several frames; finally blocks run in each
trace = []
def d(n):
    trace.append("d start")
    try:
        if n == 0:
            raise ValueError("depth reached")
        return d(n - 1)
    finally:
        trace.append("d finally %d" % n)
def c():
    try:
        return d(2)
    finally:
        trace.append("c finally")
def b():
    try:
        c()
    except KeyError:
        trace.append("b wrong")
    trace.append("b unreachable")
def a():
    try:
        b()
    except ValueError as e:
        trace.append("a caught " + str(e))
        return "handled"
print(a())
for t in trace:
    print(t)
def compute(xs):
    return [10 // x for x in xs]
def wrapper(xs):
    try:
        return compute(xs)
    except ZeroDivisionError as e:
        return "wrapper: " + str(e)
print(wrapper([1, 2, 5]))
print(wrapper([1, 0, 5]))
def lookup(d, path):
    cur = d
    for k in path:
        cur = cur[k]
    return cur
data = {"a": {"b": [10, 20]}}
for p in [["a", "b", 1], ["a", "c"], ["a", "b", 5]]:
    try:
        print(lookup(data, p))
    except KeyError as e:
        print("missing key", str(e))
    except IndexError as e:
        print("bad index:", str(e))
