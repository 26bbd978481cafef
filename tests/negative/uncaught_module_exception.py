# The report of an uncaught exception names a class from another module with its module and
# qualified name, as CPython's does: errpkg.errors.GameError: ...
from errpkg.errors import GameError, Outer

try:
    raise Outer.NestedError("caught")
except Exception as e:
    print(type(e).__qualname__, type(e).__module__)
raise GameError("the dragon won")
