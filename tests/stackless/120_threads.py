# Interpreter threads: per-thread main tasklets and run queues, cross-thread channels, the GIL
# hand-off at switch interval 1 and `atomic`, tasklets of a thread that ended.
import sys
import stackless
import _thread
import threading

main0 = stackless.getmain()
me = _thread.get_ident()
print("primary:", stackless.getcurrent().thread_id == me, stackless.threads == [me])

# each thread has its own main tasklet and run queue
seen = {}
def probe():
    m = stackless.getmain()
    seen["main differs"] = m is not main0
    seen["is main"] = stackless.getcurrent() is m
    seen["thread_id"] = m.thread_id == _thread.get_ident() != me
    seen["runcount"] = stackless.getruncount()
    seen["threads"] = len(stackless.threads)
    seen["info"] = stackless.get_thread_info(_thread.get_ident())[0] is m
t = threading.Thread(target=probe)
t.start()
t.join()
print(sorted(seen.items()))

# a cross-thread send makes the receiver runnable in its own thread and never switches to it,
# even when the channel prefers the receiver
ch = stackless.channel()
ch.preference = -1
log = []
def receiver():
    log.append("recv waits")
    log.append("got %s" % ch.receive())
t = threading.Thread(target=receiver)
t.start()
while ch.balance == 0:
    stackless.schedule()   # (the receiver's thread gets the GIL while this one has nothing else)
ch.send(42)
log.append("sender goes on")
t.join()
print(log)

# the GIL changes hands every opcode checkpoint at interval 1: an unprotected read-modify-write
# loses updates, the same ones on every run; inside atomic (or under a lock) none is lost
sys.setswitchinterval(1)
def pause():
    pass
counter = 0
def racy(n):
    global counter
    for i in range(n):
        v = counter
        pause()
        counter = v + 1
def guarded(n):
    global counter
    for i in range(n):
        with stackless.atomic():
            v = counter
            pause()
            counter = v + 1
lock = threading.Lock()
def locked(n):
    global counter
    for i in range(n):
        with lock:
            v = counter
            pause()
            counter = v + 1
def race(body):
    global counter
    counter = 0
    ts = [threading.Thread(target=body, args=(50,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return counter
lost = race(racy)
print("racy lost updates:", lost < 200, "same again:", race(racy) == lost)
print("atomic:", race(guarded), "lock:", race(locked))

# atomic inhibits the hand-off: the other thread's steps never fall inside an atomic stretch
steps = []
def stepper(tag):
    for i in range(5):
        steps.append(tag)
        pause()
def atomic_stepper():
    with stackless.atomic():
        for i in range(5):
            steps.append("A")
            pause()
t1 = threading.Thread(target=stepper, args=("b",))
t2 = threading.Thread(target=atomic_stepper)
t1.start(); t2.start(); t1.join(); t2.join()
s = "".join(steps)
print("atomic stretch unbroken:", "AAAAA" in s, s.count("b"))
sys.setswitchinterval(1000)

# tasklets of another thread: insert/remove act on that thread's queue, switch() is refused
made = []
box = {}
ready = threading.Event()
done = threading.Event()
def owner():
    box["t"] = stackless.tasklet(made.append)("ran")
    box["t"].remove()
    ready.set()
    done.wait()          # (a _thread lock: this thread's other tasklets wait with it)
    stackless.run()
t = threading.Thread(target=owner)
t.start()
ready.wait()
rt = box["t"]
before = stackless.getruncount()
print("remote:", rt.thread_id == t.ident, rt.paused)
rt.insert()
print("insert keeps our runcount:", stackless.getruncount() == before, rt.scheduled)
try:
    rt.switch()
except RuntimeError as e:
    print("switch:", e)
done.set()
t.join()
print("ran in its thread:", made, rt.alive)

# a thread's tasklets that are still alive when its main tasklet returns are killed
box = {}
def leaver():
    def sleeper():
        try:
            stackless.schedule_remove()
        except TaskletExit:
            box["killed"] = True
            raise
    box["t"] = stackless.tasklet(sleeper)()
    stackless.schedule()
t = threading.Thread(target=leaver)
t.start()
t.join()
print("killed:", box.get("killed"), box["t"].alive, box["t"].thread_id)

# while main waits on a threading lock (join), its thread runs nothing else: a tasklet queued
# behind it runs only after main resumes
order = []
behind = stackless.tasklet(order.append)("queued tasklet")
t = threading.Thread(target=order.append, args=("thread",))
t.start()
t.join()
order.append("main")
stackless.schedule()
print(order)

# deadlock across threads is reported, not hung: main waits for a thread that ends without sending
ch = stackless.channel()
_thread.start_new_thread(lambda: None, ())
try:
    ch.receive()
except RuntimeError as e:
    print("deadlock:", e)
print("end", len(stackless.threads))
