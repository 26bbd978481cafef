# generator pipelines: throw() and close() through chains of yield from
def leaf(name):
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print(name, "leaf handled", e)
                x = 1000
            if x is None:
                break
            total += x
    finally:
        print(name, "leaf finally")
    return total

def middle(name):
    try:
        got = yield from leaf(name)
        print(name, "middle got", got)
        yield got * 2
    except KeyError as e:
        print(name, "middle caught", repr(e))
        yield "recovered"
    finally:
        print(name, "middle finally")
    return "middle-done"

def top(name):
    r = yield from middle(name)
    print(name, "top got", r)
    return r.upper()

g = top("A")
print(next(g), g.send(3), g.send(4))
print(g.throw(ValueError("boom")))
print(g.send(None))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)

g = top("B")
next(g); g.send(5)
print(g.throw(KeyError("kk")))
try:
    next(g)
except StopIteration as e:
    print("B stopped", e.value)

g = top("C")
next(g)
g.close()
print("closed C")
try:
    next(g)
except StopIteration:
    print("C is finished")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn ignores exit")
        yield 2

def wraps_stubborn():
    try:
        yield from stubborn()
    finally:
        print("wrapper finally")

w = wraps_stubborn()
next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("quiet returns on exit")
        return 5

def wraps_quiet():
    try:
        v = yield from quiet()
        print("never here", v)
    except GeneratorExit:
        print("wrapper got GeneratorExit")
        raise

q = wraps_quiet()
next(q)
q.close()
print("closed q")

def raiser():
    yield 1
    raise IndexError("from inner")

def outer_catch():
    try:
        yield from raiser()
    except IndexError as e:
        print("outer caught", e)
        return "ok"

o = outer_catch()
next(o)
try:
    next(o)
except StopIteration as e:
    print("value", e.value)

def thrower():
    try:
        yield "t1"
    except TypeError:
        raise RuntimeError("converted")

def chain():
    try:
        yield from thrower()
    except RuntimeError as e:
        print("chain sees", e, type(e.__context__).__name__)
        yield "after"

c = chain()
print(next(c), c.throw(TypeError("x")))

# yield from a list: throw goes to the delegator itself
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        yield "list delegator handled"
ol = over_list()
print(next(ol), ol.throw(ValueError), list(ol))

# a pipeline: source -> scale -> running sum, closed early
def source(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("source closed")

def scale(it, k):
    for x in it:
        yield x * k

def running(it):
    s = 0
    for x in it:
        s += x
        yield s

src = source(10)
p = running(scale(src, 3))
print([next(p) for _ in range(4)])
p.close()
print("pipeline closed")
src.close()
print(list(p), list(src))

# a delegator that forwards sent values and reports the subgenerator's result
def averager():
    total, count = 0, 0
    while True:
        x = yield (total / count if count else None)
        if x is None:
            return count, total
        total += x
        count += 1

def report(results):
    while True:
        n, t = yield from averager()
        results.append((n, t))

results = []
rep = report(results)
next(rep)
for v in [10, 20, 30, None, 5, None]:
    rep.send(v)
rep.close()
print(results)
