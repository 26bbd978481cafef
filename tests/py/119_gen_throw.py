# generator.throw(): exceptions raised at the yield point, handled or propagated
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker handled", e)
            n = 100
        except KeyError:
            print("worker re-raising")
            raise

w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("bad"))
except KeyError as e:
    print("caller got", repr(e))
try:
    next(w)
except StopIteration:
    print("worker is finished")

def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("guarded cleanup")
g = guarded()
print(next(g))
try:
    g.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("propagated", e)

def fresh():
    yield 1
f = fresh()
try:
    f.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted generator raised", e)
print(list(f))

def delegating():
    try:
        yield from worker()
    except KeyError:
        yield "outer caught KeyError"
d = delegating()
print(next(d), d.throw(ValueError("through yield from")), d.throw(KeyError("k")))
