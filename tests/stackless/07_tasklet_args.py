# Stackless rule checked: stackless.tasklet(func)(*args) binds the positional arguments and
# makes the tasklet runnable (appended to the end of the runnables); when it runs, func is
# called with exactly those arguments. Arguments keep their identity (no copying), default
# parameter values of func apply, and any callable works (closures, lambdas).
import stackless

results = []
shared = [3]

def three(a, b, c):
    results.append((a, b, c))

def with_default(x, y=10):
    results.append(x + y)

def no_args():
    results.append("no args")

def check_identity(obj):
    obj.append("touched")
    results.append(obj is shared)

def make_body(n):
    def body(m):
        results.append(n * m)
    return body

stackless.tasklet(three)(1, "two", shared)
stackless.tasklet(three)(None, (4, 5), {"k": 6})
stackless.tasklet(with_default)(1)
stackless.tasklet(with_default)(1, 2)
stackless.tasklet(no_args)()
stackless.tasklet(check_identity)(shared)
stackless.tasklet(make_body(3))(7)
stackless.tasklet(lambda v: results.append(v * 2))(21)
print("runnable:", stackless.getruncount())
stackless.run()
for r in results:
    print(repr(r))
assert results == [
    (1, "two", [3, "touched"]), (None, (4, 5), {"k": 6}), 11, 3, "no args", True, 21, 42,
], results
assert shared == [3, "touched"]
print("OK")
