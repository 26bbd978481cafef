# with statements with several items: enter order, reverse exit order, partial failure on enter
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            print("enter failed", self.name)
            raise RuntimeError("cannot enter " + self.name)
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return False

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("p") as p, CM("q") as q:
        raise ValueError(p + q)
except ValueError as e:
    print("caught", e)
with CM("same1") as x, CM("same2") as y:
    print("two targets", x, y)
def nested_return():
    with CM("outer"):
        with CM("inner"):
            return "ret"
print(nested_return())
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("swallow sees", exc[0].__name__ if exc[0] else None)
        return True
with CM("o"), Swallow(), CM("i"):
    raise KeyError("k")
print("after swallow")
