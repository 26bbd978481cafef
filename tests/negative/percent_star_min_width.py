# '%*d' with a width of -2**31 (a left-aligned 2 GiB field) once ended the program silently:
# the width equalled the error sentinel, so the native returned no value and no exception.
# Inside try/except BaseException it then raised "SystemError: bad bytecode".
try:
    "%*d" % (-(2**31), 5)
except BaseException as e:
    print("caught", type(e).__name__)
print("%-*d|" % (3, 5), "%*d|" % (-3, 5))
"%*d" % (-(2**31), 5)
print("not reached")
