# The traceback module: format_exc, format_exception (chained causes and contexts), format_exception_only,
# extract_tb and its limit, extract_stack, print_exc to a file object. CPython prints each frame's
# source line too; the VM keeps no source, so lines indented four spaces are left out here.
import sys
import traceback

def inner(n):
    if n == 0:
        raise ValueError("bottom")
    inner(n - 1)

def only_file_lines(text):
    # CPython prints source lines under each File line; the VM keeps no source
    return [l for l in text.splitlines() if not l.startswith("    ")]

try:
    inner(6)
except ValueError:
    text = traceback.format_exc()
    for l in only_file_lines(text):
        print(l.replace(__file__, "FILE"))
    t, v, tb = sys.exc_info()
    print(traceback.format_exception_only(t, v))
    print(len(traceback.extract_tb(tb)), [fs.name for fs in traceback.extract_tb(tb)])
    print([fs.lineno for fs in traceback.extract_tb(tb, limit=2)], [tuple(fs)[1:3] for fs in traceback.extract_tb(tb, -1)])

class MyError(Exception):
    pass

try:
    try:
        {}["x"]
    except KeyError as e:
        raise MyError("wrapped") from e
except MyError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    for l in only_file_lines("".join(lines)):
        print(l.replace(__file__, "FILE"))
    print(traceback.format_exception_only(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        None.foo
except AttributeError as e:
    for l in only_file_lines("".join(traceback.format_exception(e))):
        print(l.replace(__file__, "FILE"))

print(traceback.format_exception_only(None))
print(traceback.format_exc())

def f1():
    return f2()
def f2():
    return [fs.name for fs in traceback.extract_stack()][-3:]
print(f1())
class Out:
    def __init__(self): self.text = ""
    def write(self, s): self.text += s
o = Out()
try:
    raise RuntimeError("to a file")
except RuntimeError:
    traceback.print_exc(file=o)
print(only_file_lines(o.text.replace(__file__, "FILE")))


def recurse(n):
    if n == 0:
        raise RecursionError("stop")
    recurse(n - 1)


try:
    recurse(30)
except RecursionError as e:
    for l in only_file_lines(traceback.format_exc()):
        print(l.replace(__file__, "FILE"))
    summary = traceback.extract_tb(e.__traceback__)
    print(len(summary), summary[-1].name, summary[-1].lineno, summary[0] == (summary[0].filename, summary[0].lineno, "<module>", summary[0].line))
    filename, lineno, name, line = summary[1]
    print(lineno, name, filename == __file__)
