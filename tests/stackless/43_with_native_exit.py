# An __exit__ that is a builtin (print) getting an exception whose __str__ is Python code: the
# builtin converts its argument through Python first, which must not disturb the with
# statement's own stack (it raised SystemError "bad bytecode" before). The VM passes None as
# the traceback argument (CPython passes the traceback object), and a class prints without its
# module (`<class 'E'>`).
class E(Exception):
    def __str__(self):
        return "custom"


class M:
    def __enter__(self):
        return self

    __exit__ = print


try:
    with M():
        raise E("x")
except E as e:
    print("caught", type(e).__name__, e)


class Quiet:
    def __enter__(self):
        return 1

    __exit__ = isinstance  # isinstance(E, e, None) is a TypeError: it replaces E


try:
    with Quiet() as q:
        raise E("y")
except TypeError as e:
    print("TypeError from __exit__", q)
print("done")
