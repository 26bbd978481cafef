# The builtin exception hierarchy: issubclass checks, catching by base class
names = [ZeroDivisionError, OverflowError, ArithmeticError, KeyError, IndexError,
         LookupError, ValueError, TypeError, AttributeError, NameError, RuntimeError,
         NotImplementedError, RecursionError, AssertionError, StopIteration,
         MemoryError, SystemExit, KeyboardInterrupt, GeneratorExit, UnboundLocalError,
         OSError]
for exc in names:
    print(exc.__name__, exc.__bases__[0].__name__, issubclass(exc, Exception))
print(issubclass(Exception, BaseException), issubclass(BaseException, object))
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(GeneratorExit, Exception))
def trigger(i):
    if i == 0:
        raise ZeroDivisionError("zd")
    if i == 1:
        raise KeyError("ke")
    if i == 2:
        raise NotImplementedError("ni")
    if i == 3:
        raise SystemExit(3)
for i in range(4):
    try:
        trigger(i)
    except ArithmeticError as e:
        print("arith", repr(e))
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("exception", repr(e))
    except BaseException as e:
        print("base", repr(e), e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
