# types: the type names, isinstance against them, MethodType/ModuleType construction and
# SimpleNamespace (repr, equality, cycles, subclass, attributes) with CPython's messages.
import sys
import types


def f():
    pass


def gen():
    yield 1


class K:
    def m(self):
        return "m of " + type(self).__name__


print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType, types.NoneType)
print(types.EllipsisType, types.NotImplementedType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(f, types.BuiltinFunctionType), type(None) is types.NoneType)


def describe(self, extra):
    return (self.name, extra)


class Box:
    name = "box"


bm = types.MethodType(describe, Box())
print(bm("x"), bm.__func__ is describe, type(bm.__self__).__name__)
for args in [(describe,), (1, 2), (describe, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)

mod = types.ModuleType("plugin")
mod.value = 42
print(mod, mod.__name__, mod.__doc__, mod.value, types.ModuleType("d", "docs").__doc__)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)

ns = types.SimpleNamespace(a=1, b="x")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, ns.__dict__)
print(types.SimpleNamespace(), types.SimpleNamespace(b=2, c=3) == types.SimpleNamespace(b=2, c=3))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2), types.SimpleNamespace(a=1) != 1)
loop = types.SimpleNamespace(name="loop")
loop.me = loop
print(loop)


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Config().zzz
except AttributeError as e:
    print("AttributeError:", e)
# the MRO of builtin types (copy and isinstance-walking code read it)
print(types.GeneratorType.__mro__, bool.__mro__, object.__mro__, KeyError.__mro__)

# the introspection types code written for Stackless checks attributes against
import sys
print(types.CodeType, types.FrameType, types.TracebackType, types.GetSetDescriptorType)
print(isinstance(sys._getframe(), types.FrameType), isinstance(BaseException.args, types.GetSetDescriptorType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(isinstance(types.CodeType, type), "MemberDescriptorType" in types.__all__)
