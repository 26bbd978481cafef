# The builtins module: the builtin namespace as a module object.
import builtins
import builtins as b2

print(builtins.__name__, builtins is b2)
builtins.print("through the module", builtins.len([1, 2]))
print(getattr(builtins, "len") is len, builtins.max(3, 9), builtins.sorted([3, 1, 2]))
print(builtins.int is int, builtins.ValueError is ValueError, builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(hasattr(builtins, "isinstance"), hasattr(builtins, "no_such_builtin"), callable(builtins.abs))
print(builtins.getattr(builtins, "str")(5), builtins.None_ if False else builtins.abs(-1))
from builtins import range as r, map
print(list(r(3)), list(map(str, [1, 2])))


def shadow():
    len = "shadowed"
    return len, builtins.len("abc")


print(shadow())
try:
    builtins.no_such_builtin
except AttributeError as e:
    print("AttributeError:", e)
try:
    raise builtins.KeyError("k")
except KeyError as e:
    print("KeyError:", e)
