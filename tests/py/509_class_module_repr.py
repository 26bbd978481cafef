# Classes defined in another module: reprs name that module (<starlib.shapes.Square object at
# 0x…>, <class 'starlib.shapes.Square'>), __module__ and __qualname__ as CPython sets them, and
# the traceback module names such exception classes with their module.
import traceback
from starlib import shapes
from starlib.shapes import Square, ShapeError


def shape_of(text):
    # the address differs from run to run
    return text.split(" at 0x")[0]


class Local:
    class Inner:
        pass


print(shape_of(repr(Square(2))), shape_of(repr(Local())), shape_of(repr(Local.Inner())))
print(repr(Square), repr(Square.Corner), repr(Local), repr(Local.Inner))
print(Square.__module__, Square.__qualname__, Square.Corner.__qualname__, Square.Corner.__module__)
print(Local.__module__, Local.Inner.__qualname__, Square.__name__, Square.Corner.__name__)
print(shapes.Square is Square, ShapeError.__module__, repr(ShapeError("x")), str(ShapeError("x")))
print(int.__module__ if hasattr(int, "__module__") else "builtins", repr(int), repr(ValueError))
try:
    raise ShapeError("too many sides")
except ShapeError as e:
    print(traceback.format_exception_only(e))


class LocalError(Exception):
    pass


print(traceback.format_exception_only(LocalError("here")))
print(Square.__init__.__qualname__, Square.__init__.__module__)
