# contextlib: contextmanager (enter/exit ordering, exceptions thrown into the generator,
# suppression, RuntimeErrors for misbehaving generators, use as a decorator), suppress,
# nullcontext, closing, ExitStack
import contextlib
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack

log = []

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    log.append("<" + name + ">")
    yield name.upper()
    log.append("</" + name + ">")

with tag("a") as v:
    log.append("body " + v)
    with tag("b") as w:
        log.append("inner " + w)
print(log)
print(tag.__name__)

@contextmanager
def guarded(label, swallow):
    print(label, "enter")
    try:
        yield label
    except swallow as e:
        print(label, "swallowed", type(e).__name__, e)
    finally:
        print(label, "finally")
    print(label, "after yield")

with guarded("g1", KeyError):
    print("no error")
with guarded("g2", KeyError):
    raise KeyError("k")
print("after g2")
try:
    with guarded("g3", KeyError):
        raise ValueError("v")
except ValueError as e:
    print("outer got ValueError", e)

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translate():
        1 // 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def reraiser():
    try:
        yield
    except IndexError:
        print("re-raising")
        raise

try:
    with reraiser():
        [][1]
except IndexError as e:
    print("IndexError propagated:", e)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields() as x:
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield

try:
    with yields_after_throw():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def passes_stop():
    yield

try:
    with passes_stop():
        raise StopIteration("explicit")
except StopIteration as e:
    print("StopIteration propagated:", e)

@contextmanager
def swallow_all():
    try:
        yield
    except BaseException as e:
        print("swallowed", type(e).__name__)

def early_return():
    with swallow_all():
        return "returned"
    return "fell through"
print(early_return())

def loop_break():
    out = []
    for i in range(5):
        with tag(str(i)):
            if i == 2:
                break
            out.append(i)
    return out
log.clear()
print(loop_break(), log)

@contextmanager
def timer(name):
    print("start", name)
    yield
    print("stop", name)

@timer("job")
def job(n):
    print("working", n)
    return n * 2
print(job(3), job(4), job.__name__)

# generator state stays with the instance
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])
with counter() as st:
    for _ in range(4):
        st["n"] += 1

# -- suppress --
with suppress(KeyError):
    {}["x"]
    print("not reached")
print("after suppress")
with suppress():
    print("suppress() with nothing")
try:
    with suppress():
        raise ValueError("nothing suppressed")
except ValueError as e:
    print("ValueError:", e)
with suppress(ArithmeticError, LookupError):
    [][0]
with suppress(ArithmeticError, LookupError):
    1 / 0
out = []
for s in ["4", "x", "", "2"]:
    with suppress(ValueError):
        out.append(int(s))
print(out)
try:
    with suppress(TypeError):
        raise KeyError("through")
except KeyError as e:
    print("KeyError:", e)
sup = suppress(IndexError)
with sup:
    [][0]
with sup:
    [][0]
print("reusable")
print(suppress(KeyError).__exit__(None, None, None), suppress(KeyError).__exit__(KeyError, KeyError(), None))

# -- nullcontext --
with nullcontext() as n:
    print("nullcontext", n)
with nullcontext([1, 2]) as n:
    n.append(3)
    print("nullcontext", n)
def maybe_cm(cm=None):
    with (cm if cm is not None else nullcontext("default")) as val:
        return val
print(maybe_cm(), maybe_cm(tag("q")))

# -- closing --
class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closed", self.name)
r = Resource("file")
with closing(r) as res:
    print("same object", res is r, res.closed)
print(r.closed)
try:
    with closing(Resource("sock")):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("RuntimeError:", e)

# -- ExitStack --
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(Managed(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("inside", names)

with ExitStack() as stack:
    stack.enter_context(Managed("outer", suppress=True))
    stack.enter_context(Managed("inner"))
    raise KeyError("suppressed by outer")
print("after suppression")

def cleanup_a(*exc):
    print("push cleanup", exc[0].__name__ if exc[0] else None)
with ExitStack() as stack:
    stack.push(cleanup_a)
    stack.push(Managed("pushed-cm"))
    stack.enter_context(tag("t"))
    print("pushed")

try:
    with ExitStack() as stack:
        stack.callback(print, "cb runs even on error")
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)

def failing_cb():
    raise RuntimeError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        stack.callback(print, "second registered, runs first")
except RuntimeError as e:
    print("RuntimeError:", e)

stack = ExitStack()
stack.callback(print, "deferred 1")
stack.callback(print, "deferred 2")
moved = stack.pop_all()
stack.close()
print("original closed (nothing ran)")
moved.close()
with ExitStack() as stack:
    @stack.callback
    def on_exit():
        print("decorated callback")
    print("callback returned the function:", on_exit.__name__)

class NotACM:
    pass
try:
    with ExitStack() as stack:
        stack.enter_context(NotACM())
except TypeError as e:
    print("TypeError:", type(e).__name__)
