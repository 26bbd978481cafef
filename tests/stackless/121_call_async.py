# call_async / call_on_thread (stacklesslib.util): the callable runs on an interpreter thread,
# only the calling tasklet waits, the result or the exception (with its traceback) comes back.
import _thread
import time
import traceback
import stackless
from stacklesslib.util import call_async, call_on_thread

me = _thread.get_ident()
print("elsewhere:", call_async(_thread.get_ident) != me, call_on_thread(_thread.get_ident) != me)
print("args forms:", call_async(lambda: divmod(17, 5)), call_async(divmod, (17, 5)),
      call_on_thread(int, ("ff",), {"base": 16}))

def load_level(name):
    raise KeyError(name)
try:
    call_async(lambda: load_level("cave"))
except KeyError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print("raised:", repr(e), "load_level" in names)

# a callable that sleeps blocks only its caller: the other tasklets go on meanwhile
log = []
def slow():
    time.sleep(0.05)
    return "slept"
done = stackless.channel()
def caller():
    log.append(call_async(slow))
    done.send(None)
def ticker():
    for i in range(3):
        log.append(i)
        stackless.schedule()
stackless.tasklet(caller)()
stackless.tasklet(ticker)()
done.receive()
print(log)

# 200 concurrent calls, a few worker threads (1,000: tests/host/threads.test.ts, with a bigger budget)
results = []
def one(i):
    results.append(call_async(lambda: i * i))
for i in range(200):
    stackless.tasklet(one)(i)
stackless.run()
print(len(results), sum(results) == sum(i * i for i in range(200)), len(stackless.threads) <= 9)
