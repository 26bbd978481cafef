# Traceback objects: e.__traceback__ and sys.exc_info()[2], tb_next (inward), tb_lineno,
# tb_frame.f_code (co_name, co_filename, co_firstlineno); with_traceback and assigning
# __traceback__; the locals of frames the exception left.
import sys


def level3(n):
    marker = n * 2
    raise LookupError("deep " + str(n))


def level2(n):
    return level3(n + 1)


def level1():
    return level2(1)


try:
    level1()
except LookupError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is sys.exc_info()[2])
    steps = []
    while tb is not None:
        code = tb.tb_frame.f_code
        steps.append((code.co_name, tb.tb_lineno, code.co_filename == __file__))
        last = tb
        tb = tb.tb_next
    print(steps)
    print(sorted(last.tb_frame.f_locals.items()))
    print(level3.__code__.co_name, level3.__code__.co_firstlineno, level3.__code__.co_filename == __file__)
    print(level3.__code__.co_qualname)
    saved = e

print(saved.__traceback__.tb_next.tb_frame.f_code.co_name)
fresh = ValueError("no traceback yet")
print(fresh.__traceback__)
moved = fresh.with_traceback(saved.__traceback__)
print(moved is fresh, fresh.__traceback__ is saved.__traceback__)
fresh.__traceback__ = None
print(fresh.__traceback__)
try:
    fresh.__traceback__ = "not a traceback"
except TypeError as e:
    print("TypeError:", e)


def reraise_with(tb):
    raise KeyError("k").with_traceback(tb)


try:
    reraise_with(saved.__traceback__)
except KeyError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


class Outer:
    def method(self):
        def nested():
            raise OSError("x")
        nested()


try:
    Outer().method()
except OSError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_qualname)
