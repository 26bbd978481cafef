# contextlib.suppress (one or several exception types, base classes) combined with contextmanager
from contextlib import suppress, contextmanager
with suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppress KeyError")
with suppress(ValueError, TypeError):
    int("x")
with suppress(ZeroDivisionError):
    print("no error inside")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError passes:", e)
with suppress(LookupError):
    [][1]
print("base class suppressed subclass")
results = []
for v in ["1", "x", "3", None, "5"]:
    with suppress(ValueError, TypeError):
        results.append(int(v))
print(results)
def first_int(items):
    for it in items:
        with suppress(ValueError):
            return int(it)
    return None
print(first_int(["a", "b", "42", "7"]), first_int([]))
@contextmanager
def section(name):
    print("begin", name)
    try:
        yield name.upper()
    finally:
        print("end", name)
with section("outer") as o, suppress(RuntimeError):
    print("inside", o)
    raise RuntimeError("hidden")
print("after combined with")
with suppress(Exception):
    with section("inner"):
        raise ValueError("propagates through contextmanager")
print("suppressed by outer suppress")
data = {"a": 1}
with suppress(KeyError):
    data["b"] += 1
print(data)
count = 0
for i in range(5):
    with suppress(ZeroDivisionError):
        count += 10 // (i % 2)
print(count)
