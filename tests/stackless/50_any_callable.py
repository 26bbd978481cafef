# Any callable is a tasklet function: bound methods, builtins, callable objects, classes,
# functools.partial, lambdas, generator functions. Stackless 3.7 checks only PyCallable_Check
# (taskletobject.c, PyTasklet_BindEx: "tasklet function must be a callable or None") and runs the
# call in a new frame (impl_tasklet_setup → slp_cframe_newfunc); the result is dropped and an
# exception from a builtin behaves as one from a Python function.
import stackless
import functools

log = []


class Npc:
    def __init__(self, name):
        self.name = name
        self.steps = 0

    def think(self, times, loud=False):
        for i in range(times):
            self.steps += 1
            log.append(self.name + (" THINKS" if loud else " thinks") + str(i))
            stackless.schedule()
        return "ignored"


class Action:
    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kw):
        self.calls.append((args, sorted(kw.items())))
        stackless.schedule()
        self.calls.append("after")


class Made:
    made = []

    def __init__(self, x):
        Made.made.append(x)


def gen(n):
    log.append("generator body never runs")
    yield n


a, b = Npc("a"), Npc("b")
t1 = stackless.tasklet(a.think)(2)
t2 = stackless.tasklet(b.think)(2, loud=True)
act = Action()
stackless.tasklet(act)(1, 2, k=3)
stackless.tasklet(print)("from print", 42, sep="|")
stackless.tasklet(log.append)("builtin method")
stackless.tasklet(Made)("class")
stackless.tasklet(functools.partial(a.think, loud=True))(1)
stackless.tasklet(lambda x, y=2: log.append(("lambda", x, y)))(1)
stackless.tasklet(gen)(5)
stackless.run()
print(log)
assert a.steps == 3 and b.steps == 2, (a.steps, b.steps)
print(act.calls)
print(Made.made)
assert not t1.alive and not t2.alive

# bind() and tasklet(func, args, kwargs) take the same callables
t = stackless.tasklet()
t.bind(a.think, (1,), {"loud": True})
t.insert()
stackless.run()
print(log[-1], a.steps)
t = stackless.tasklet(b.think, (1,))
assert t.alive and not t.scheduled
t.run()
stackless.run()
print(log[-1])

# a tasklet's function may be a tasklet's bound method
def child_of(n):
    log.append(("child", n))
t = stackless.tasklet(child_of)
stackless.tasklet(t.setup)(7)
stackless.run()
print(log[-1])

# an exception from a builtin tasklet function reaches main as from a Python function
def catch(callable, *args):
    try:
        stackless.tasklet(callable)(*args)
        stackless.run()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"

print(catch(int, "x7"))
print(catch(a.think, "two"))
class Boom:
    def __call__(self):
        raise KeyError("boom")

print(catch(Boom()))
print(catch(dict, 1))

# not callable: Stackless's TypeError, at tasklet() and bind()
for bad in (1, "text", [print]):
    for make in (lambda: stackless.tasklet(bad), lambda: stackless.tasklet().bind(bad)):
        try:
            make()
            print("no error")
        except TypeError as e:
            print("TypeError:", e)
# the callable is checked before the tasklet's state: on the current (alive) tasklet too
class NotCallable:
    pass
for t in (stackless.getcurrent(), stackless.tasklet(child_of)(1)):
    try:
        t.bind(NotCallable())
    except TypeError as e:
        print("TypeError:", e)
    except RuntimeError as e:
        print("RuntimeError:", e)
stackless.run()
print(callable(stackless.tasklet()), callable(a.think), callable(act), callable(a))
print("OK")
