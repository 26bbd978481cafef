# An __exit__ that is a builtin (print) getting an exception whose __str__ is Python code: the
# builtin converts its argument through Python first, which must not disturb the with
# statement's own stack (it raised SystemError "bad bytecode" before). __exit__ gets the
# traceback object, as in CPython: its address is masked where stdout is compared, and the
# first case prints natively to stderr (not compared) so the argument conversion runs there.
import sys


class Masked:
    # a stdout whose text has the object addresses masked (they differ from run to run)
    def write(self, text):
        at = text.find(" at 0x")
        if at >= 0:
            text = text[:at] + " at 0x…>" + text[text.index(">", at) + 1:]
        return sys.__stdout__.write(text)


class E(Exception):
    def __str__(self):
        return "custom"


class M:
    def __enter__(self):
        return self

    __exit__ = print


for sink in (sys.stderr, Masked()):
    sys.stdout = sink
    try:
        with M():
            raise E("x")
    except E as e:
        sys.stdout = sys.__stdout__
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
