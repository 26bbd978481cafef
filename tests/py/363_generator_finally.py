# Generators with try/finally, return values, close() and throw(), and finally overriding returns.
def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        log.append(f"close {name}")


log = []
for item in resource("a", log):
    log.append(item)
print(log)
log = []
g = resource("b", log)
print(next(g), next(g))
g.close()
print(log, list(g))
log = []
g = resource("c", log)
next(g)
try:
    g.throw(KeyError("stop it"))
except KeyError as e:
    print("thrown out:", e, log)


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e}"


c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c), c.throw(ValueError("worse")))


def with_return():
    yield 1
    return "the end"


def delegate():
    result = yield from with_return()
    yield f"delegate got {result!r}"


print(list(delegate()))


def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"


def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "loop done"


print(finally_wins(), finally_swallows())


def counted():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print(f"generator exiting after {n}")
        raise


cg = counted()
print([next(cg) for _ in range(4)])
cg.close()
cg.close()
gen = (x * 2 for x in range(3))
print(list(gen), list(gen))
