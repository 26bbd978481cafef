# __enter__/__exit__: ordering, as-target, exception info, suppression by returning True
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev) if ev else None)
        return self.suppress

with Res("a") as v:
    print("body", v)
with Res("b", suppress=True):
    print("about to fail")
    raise ValueError("inside b")
    print("unreachable")
print("after b")
try:
    with Res("c"):
        raise KeyError("kc")
except KeyError as e:
    print("propagated", repr(e))

def f():
    with Res("d"):
        return "returned from d"
print(f())
for i in range(3):
    with Res("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return self
    def __exit__(self, *args):
        Timer.depth -= 1
        return False
with Timer() as t1:
    with Timer() as t2:
        print("depth", Timer.depth, t1 is t2)
print("depth", Timer.depth)
