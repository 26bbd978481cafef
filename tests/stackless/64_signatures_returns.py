# Stackless rule checked: what the module functions and methods accept and return, as
# Stackless 3.7 parses them (stacklessmodule.c: getcurrent/getmain/getruncount METH_NOARGS,
# schedule/schedule_remove "|O", run_watchdog "|liiii" with keywords timeout, threadblock,
# soft, ignore_nesting, totaltimeout, slpmodule_switch_trap "|i"; taskletobject.c: insert,
# remove, run, switch METH_NOARGS, insert/remove return the tasklet, run/switch return the
# caller's tempval when it resumes, kill "|O:kill" (pending), throw "O|OOO" (exc, val, tb,
# pending), raise_exception and set_atomic without keywords, set_atomic's int check;
# channelobject.c: channel_new ignores its arguments, close/open/receive METH_NOARGS,
# send/send_sequence METH_O, send_exception/send_throw METH_VARARGS, send_throw 1 to 3).
import stackless

log = []

def nop(*a, **k):
    pass

def call(label, f, *a, **k):
    try:
        r = f(*a, **k)
        log.append("%s -> %s" % (label, "the tasklet" if isinstance(r, stackless.tasklet) else repr(r)))
    except TypeError as e:
        log.append("%s: TypeError" % label)

m = stackless.getmain()
call("getcurrent(None)", stackless.getcurrent, None)
call("getmain(None)", stackless.getmain, None)
call("getruncount(None)", stackless.getruncount, None)
call("getcurrent(x=1)", stackless.getcurrent, x=1)
call("channel(1, 2, x=3)", lambda *a, **k: type(stackless.channel(*a, **k)).__name__, 1, 2, x=3)
call("switch_trap()", stackless.switch_trap)
call("switch_trap(1.5)", stackless.switch_trap, 1.5)
call("run(None)", stackless.run, None)
call("run(0, False, False, False, False, None)", stackless.run, 0, False, False, False, False, None)
call("run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False)",
     stackless.run, timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False)
call("run(soft='yes')", stackless.run, soft="yes")
call("run(bogus=1)", stackless.run, bogus=1)
call("schedule(1, 2)", stackless.schedule, 1, 2)
call("schedule(retval=5)", stackless.schedule, retval=5)
log.append("schedule() returns current: %s" % (stackless.schedule() is m))

t = stackless.tasklet(nop)
call("t.setup(*range(3))", t.setup, 0, 1, 2)
call("t.insert(None)", t.insert, None)
call("t.insert()", t.insert)
call("t.remove(None)", t.remove, None)
call("t.remove()", t.remove)
call("t.run(None)", t.run, None)
call("t.switch(None)", t.switch, None)
m.tempval = "tv"
call("t.run()", t.run)
t = stackless.tasklet(nop)()
m.tempval = "tv2"
call("t.switch()", t.switch)
t = stackless.tasklet(nop)()
call("t.kill(False, None)", t.kill, False, None)
call("t.kill(pending=True)", t.kill, pending=True)
call("t.kill() of a dead tasklet", stackless.tasklet(nop).kill)
call("m.throw()", m.throw)
call("m.throw(IndexError(1), (2,))", m.throw, IndexError(1), (2,))
call("t.throw(exc=1, val=2, tb=3, pending=4, x=5)", t.throw, exc=1, x=5)
call("t.raise_exception()", t.raise_exception)
call("t.raise_exception(exc_class=KeyError)", t.raise_exception, exc_class=KeyError)
call("t.set_atomic(flag=True)", t.set_atomic, flag=True)
call("t.set_atomic(1.5)", t.set_atomic, 1.5)
call("t.set_atomic(True)", t.set_atomic, True)
call("t.set_atomic(0)", t.set_atomic, 0)

c = stackless.channel()
call("c.close(None)", c.close, None)
call("c.close()", c.close)
call("c.open(None)", c.open, None)
call("c.open()", c.open)
call("c.receive(None)", c.receive, None)
call("c.send()", c.send)
call("c.send(value=1)", c.send, value=1)
call("c.send_exception()", c.send_exception)
call("c.send_exception(exc=KeyError)", c.send_exception, exc=KeyError)
call("c.send_throw(KeyError, None, None, None)", c.send_throw, KeyError, None, None, None)
call("c.send_sequence()", c.send_sequence)

for line in log:
    print(line)
assert log == [
    "getcurrent(None): TypeError", "getmain(None): TypeError", "getruncount(None): TypeError",
    "getcurrent(x=1): TypeError", "channel(1, 2, x=3) -> 'channel'",
    "switch_trap() -> 0", "switch_trap(1.5): TypeError",
    "run(None): TypeError", "run(0, False, False, False, False, None): TypeError",
    "run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False) -> None",
    "run(soft='yes'): TypeError", "run(bogus=1): TypeError",
    "schedule(1, 2): TypeError", "schedule(retval=5) -> 5", "schedule() returns current: True",
    "t.setup(*range(3)) -> the tasklet", "t.insert(None): TypeError", "t.insert() -> the tasklet",
    "t.remove(None): TypeError", "t.remove() -> the tasklet",
    "t.run(None): TypeError", "t.switch(None): TypeError",
    "t.run() -> 'tv'", "t.switch() -> 'tv2'",
    "t.kill(False, None): TypeError", "t.kill(pending=True) -> None",
    "t.kill() of a dead tasklet -> None",
    "m.throw(): TypeError", "m.throw(IndexError(1), (2,)): TypeError",
    "t.throw(exc=1, val=2, tb=3, pending=4, x=5): TypeError",
    "t.raise_exception(): TypeError", "t.raise_exception(exc_class=KeyError): TypeError",
    "t.set_atomic(flag=True): TypeError", "t.set_atomic(1.5): TypeError",
    "t.set_atomic(True) -> False", "t.set_atomic(0) -> True",
    "c.close(None): TypeError", "c.close() -> None", "c.open(None): TypeError", "c.open() -> None",
    "c.receive(None): TypeError", "c.send(): TypeError", "c.send(value=1): TypeError",
    "c.send_exception(): TypeError", "c.send_exception(exc=KeyError): TypeError",
    "c.send_throw(KeyError, None, None, None): TypeError", "c.send_sequence(): TypeError",
], log
stackless.run()
assert stackless.getruncount() == 1
print("OK")
