# sys.exc_info(): (type, value, traceback) of the exception being handled, (None, None, None)
# outside a handler; nested handlers, functions called from a handler, restored after each.
import sys


def report(where):
    t, v, tb = sys.exc_info()
    print(where, t.__name__ if t else t, repr(v), tb is not None)


report("outside")
try:
    raise ValueError("first")
except ValueError:
    report("handler")
    try:
        {}["missing"]
    except KeyError:
        report("nested")
    report("back in outer")
report("after")


def handles():
    try:
        return 1 // 0
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        return t is ZeroDivisionError and v.__traceback__ is tb


print(handles())
report("after function")


def reraiser():
    try:
        raise IndexError("again")
    except IndexError:
        t, v, tb = sys.exc_info()
        raise v.with_traceback(tb)


try:
    reraiser()
except IndexError as e:
    print("caught", e, sys.exc_info()[1] is e)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, sys.exc_info()[0] is None)
        return True


with Resource():
    raise RuntimeError("inside with")


def gen():
    try:
        yield 1
    except GeneratorExit:
        print("closing with", sys.exc_info()[0].__name__)
        raise


g = gen()
next(g)
g.close()
try:
    raise TypeError("finally")
except TypeError:
    pass
finally:
    report("finally")
