# types: names for the VM's built-in types, and SimpleNamespace (CPython 3.11).
#
# Differences from CPython: MethodType(f, obj) takes a Python function only; there are no
# coroutines, descriptors of C slots, mapping proxies or generic aliases, so their types are
# absent; every attribute of a built-in type is a getset_descriptor, so MemberDescriptorType
# names that type too; FrameType is the type of sys._getframe()'s snapshots; SimpleNamespace
# is a plain class.
import sys

__all__ = ['FunctionType', 'LambdaType', 'GeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'NoneType', 'EllipsisType', 'NotImplementedType',
           'CodeType', 'FrameType', 'TracebackType', 'GetSetDescriptorType', 'MemberDescriptorType',
           'SimpleNamespace']


def _f():
    pass


def _g():
    yield


class _C:
    def _m(self):
        pass


FunctionType = LambdaType = type(_f)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)
FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
GetSetDescriptorType = MemberDescriptorType = type(BaseException.args)
del _f, _g, _C

_in_repr = []  # namespaces whose repr is being built: a cycle prints as "namespace(...)"


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        for x in _in_repr:
            if x is self:
                return name + "(...)"
        _in_repr.append(self)
        try:
            items = [k + "=" + repr(v) for k, v in self.__dict__.items()]
        finally:
            _in_repr.pop()
        return name + "(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
