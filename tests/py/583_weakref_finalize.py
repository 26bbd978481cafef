# weakref.finalize (alive, peek, detach, calling it, atexit) and the atexit module: handlers run
# at exit, the last registered first, with their arguments, before the objects that only module
# globals hold are finalized; pending finalizers with .atexit run at exit, newest first.
import atexit
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def report(*args, **kwargs):
    print("finalized", args, sorted(kwargs.items()))
    return len(args)


a = Obj("a")
fa = weakref.finalize(a, report, "a", 1, key="v")
print(fa.alive, fa.atexit, fa.peek()[0] is a, fa.peek()[2:])
del a
print(fa.alive, fa.peek(), fa.detach(), fa())

# calling it runs it once, returns func's result; later calls and the object's death do nothing
b = Obj("b")
fb = weakref.finalize(b, report, "b")
print(fb(), fb.alive, fb())
del b

# detach: the object and call, without running it
c = Obj("c")
fc = weakref.finalize(c, report, "c")
obj, func, args, kwargs = fc.detach()
print(obj is c, func is report, args, kwargs, fc.alive, fc.detach())
del obj, c

# two finalizers on one object run newest first when it dies
d = Obj("d")
weakref.finalize(d, report, "d first")
weakref.finalize(d, report, "d second")
del d

# pending at exit: the ones with atexit run, the newest first; atexit=False ones do not
keep1 = Obj("keep1")
keep2 = Obj("keep2")
weakref.finalize(keep1, report, "exit 1")
weakref.finalize(keep2, report, "exit 2")
quiet = weakref.finalize(keep2, report, "never")
quiet.atexit = False
print(quiet.atexit, quiet.alive)


def bye(who, punct="!"):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
def removed():
    print("never")


print(atexit.register(removed) is removed)
atexit.register(removed)
atexit.unregister(removed)
atexit.register(print, "last registered, first run")
print("end of main")
