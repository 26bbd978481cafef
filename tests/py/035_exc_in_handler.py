# An exception raised inside an except or finally block replaces the original
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    handler_raises()
except ValueError:
    print("got ValueError")
except TypeError as e:
    print("got TypeError:", str(e))
def finally_raises():
    try:
        raise ValueError("hidden")
    finally:
        raise KeyError("from finally")
try:
    finally_raises()
except ValueError:
    print("not this")
except KeyError as e:
    print("KeyError", str(e))
def nested_handlers():
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            [][0]
    except IndexError as e:
        return "index: " + str(e)
print(nested_handlers())
def handler_catches_own():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as e:
            print("inner handled", str(e))
        print("still in outer handler")
    return "ok"
print(handler_catches_own())
try:
    try:
        raise RuntimeError("r")
    except RuntimeError:
        print(undefined_variable)
except NameError:
    print("NameError from handler")
