# Builtin errors raised by the runtime, with the messages we reproduce
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(str(e))
try:
    print(5 % 0)
except ZeroDivisionError:
    print("modulo zde")
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(str(e))
try:
    print([1, 2, 3][3])
except IndexError as e:
    print(str(e))
try:
    print({"a": 1}["zz"])
except KeyError as e:
    print(str(e))
try:
    print({1: 2}[7])
except KeyError as e:
    print(str(e), e.args)
try:
    print(1.5 / 0)
except ZeroDivisionError:
    print("float zde")
try:
    "abc" + 1
except TypeError:
    print("TypeError str+int")
try:
    int("12a")
except ValueError:
    print("ValueError int()")
try:
    [].nosuchmethod()
except AttributeError:
    print("AttributeError")
try:
    missing_function()
except NameError:
    print("NameError")
try:
    len(5)
except TypeError:
    print("TypeError len")
try:
    "abc"[10]
except IndexError:
    print("IndexError str")
