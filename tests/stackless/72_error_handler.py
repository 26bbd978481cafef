# Stackless rule checked: stackless.set_error_handler(handler) returns the previous handler (None
# at first; None or no argument removes it). When a tasklet other than main ends with an uncaught
# exception (not TaskletExit/SystemExit), handler(type, value, traceback) is called in that
# tasklet instead of raising the exception in main; if the handler returns, the error is
# handled; if it raises, its exception goes to main as the original would have.
# References: Stackless 3.7 stacklessmodule.c set_error_handler and PyStackless_CallErrorHandler,
# scheduling.c slp_tasklet_end (the handler runs only for non-main tasklets, after TaskletExit
# and SystemExit are dealt with).
# Here the handler is ordinary code running as the ending tasklet's bottom frame: it may switch.
# The traceback argument is the exception's __traceback__ when exceptions carry one, else None.
import stackless

calls = []


def handler(t, v, tb):
    calls.append((t.__name__, str(v), stackless.current is not stackless.main))


def bad(msg):
    raise ValueError(msg)


assert stackless.set_error_handler(handler) is None
stackless.tasklet(bad)("first")
stackless.tasklet(bad)("second")
stackless.run()
print("handled:", calls)
assert calls == [("ValueError", "first", True), ("ValueError", "second", True)]

# TaskletExit (kill) is no error: the handler is not called
calls.clear()
t = stackless.tasklet(lambda: stackless.schedule())()
stackless.schedule()
t.kill()
assert calls == [] and not t.alive

# a handler that switches: it runs in the ending tasklet like any code
order = []
ch = stackless.channel()


def switching_handler(t, v, tb):
    order.append("handler starts")
    x = ch.receive()
    order.append(("handler got", x))


stackless.set_error_handler(switching_handler)
stackless.tasklet(bad)("third")
stackless.schedule()
order.append("main sends")
ch.send("value")
order.append("main goes on")
stackless.run()
print("switching handler:", order)
assert order == ["handler starts", "main sends", ("handler got", "value"), "main goes on"]

# a handler raising: its exception reaches main
def raising_handler(t, v, tb):
    raise KeyError("from the handler: " + str(v))


assert stackless.set_error_handler(raising_handler) is switching_handler
stackless.tasklet(bad)("fourth")
try:
    stackless.run()
    print("not raised")
except KeyError as e:
    print("main got:", e)

# an exception thrown into a tasklet before its function ran is handled the same way
calls.clear()
stackless.set_error_handler(handler)
early = stackless.tasklet(bad)("never raised")
early.throw(ZeroDivisionError, "thrown early")
print("thrown before the start:", calls, early.alive)
assert calls == [("ZeroDivisionError", "thrown early", True)]
stackless.set_error_handler(raising_handler)

# no handler: the exception goes to main
assert stackless.set_error_handler() is raising_handler
stackless.tasklet(bad)("fifth")
try:
    stackless.run()
except ValueError as e:
    print("main got:", e)
print("done")
