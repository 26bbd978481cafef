# finally ordering across nested try blocks and function calls
log = []
def inner():
    try:
        log.append("inner try")
        raise ValueError("x")
    finally:
        log.append("inner finally")
def middle():
    try:
        inner()
    except KeyError:
        log.append("wrong handler")
    finally:
        log.append("middle finally")
def outer():
    try:
        middle()
    except ValueError as e:
        log.append("outer caught " + str(e))
    finally:
        log.append("outer finally")
outer()
for line in log:
    print(line)
def no_error():
    try:
        print("body")
    except Exception:
        print("never")
    else:
        print("else")
    finally:
        print("finally")
no_error()
try:
    try:
        try:
            1 // 0
        finally:
            print("f1")
    finally:
        print("f2")
except ZeroDivisionError as e:
    print("zde:", str(e))
