# Stackless rule checked: an exception raised inside a tasklet unwinds only that tasklet's
# own frames; a try/except/finally inside the tasklet catches it even when the try block
# spans a switch (schedule() or a blocking channel operation). Other tasklets are not
# affected and keep their round-robin order; the failed tasklet simply ends when its
# function returns.
import stackless

log = []

def faulty(n):
    try:
        log.append("faulty start %d" % n)
        stackless.schedule()
        if n == 0:
            x = 1 // n
        raise ValueError("bad %d" % n)
    except ZeroDivisionError as e:
        log.append("faulty %d caught zde: %s" % (n, str(e)))
    except ValueError as e:
        log.append("faulty %d caught %s" % (n, str(e)))
    finally:
        log.append("faulty %d finally" % n)

def steady():
    for i in range(3):
        log.append("steady %d" % i)
        stackless.schedule()

stackless.tasklet(faulty)(0)
stackless.tasklet(steady)()
stackless.tasklet(faulty)(1)
stackless.run()

ch = stackless.channel()
table = {"a": 1}
def lookup():
    k = ch.receive()
    try:
        log.append("lookup %s -> %d" % (k, table[k]))
        k = ch.receive()
        log.append("lookup %s -> %d" % (k, table[k]))
    except KeyError as e:
        log.append("lookup missing " + str(e))
    log.append("lookup end")

stackless.tasklet(lookup)()
stackless.run()
ch.send("a")
ch.send("zz")
for line in log:
    print(line)
assert log == [
    "faulty start 0", "steady 0", "faulty start 1",
    "faulty 0 caught zde: integer division or modulo by zero", "faulty 0 finally",
    "steady 1", "faulty 1 caught bad 1", "faulty 1 finally", "steady 2",
    "lookup a -> 1", "lookup missing 'zz'", "lookup end",
], log
assert stackless.getruncount() == 1
print("OK")
