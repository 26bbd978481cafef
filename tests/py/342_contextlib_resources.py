# contextlib.contextmanager and class-based context managers: resource tracking, nesting, errors.
from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("html") as h:
    with tag("body") as b:
        log.append(f"{h}/{b}")
print("".join(log))


class Timer:
    ticks = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        Timer.ticks += 1
        self.start = Timer.ticks
        print(f"enter {self.label} at {self.start}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.ticks += 10
        print(f"exit {self.label}: {exc_type.__name__ if exc_type else 'ok'}, {Timer.ticks - self.start} ticks")
        return exc_type is KeyError


with Timer("load") as t:
    print("inside", t.label)
with Timer("lookup"):
    {}["nope"]
print("KeyError swallowed")
try:
    with Timer("math"):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError propagated")


@contextmanager
def transaction(account):
    snapshot = dict(account)
    try:
        yield account
    except ValueError as e:
        account.clear()
        account.update(snapshot)
        print("rolled back:", e)


acct = {"gold": 100}
with transaction(acct) as a:
    a["gold"] -= 30
print(acct)
with transaction(acct) as a:
    a["gold"] -= 500
    if a["gold"] < 0:
        raise ValueError("overdrawn")
print(acct)


@contextmanager
def opened(pool, name):
    pool.append(name)
    yield len(pool)
    pool.remove(name)


pool = []
with opened(pool, "a") as na, opened(pool, "b") as nb:
    print(na, nb, pool)
print(pool)
