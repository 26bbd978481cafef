# Subclasses of stackless.tasklet: extra attributes, __init__ calling the base's (which binds the
# function: taskletobject.c tasklet_init → tasklet_bind), __new__ (tasklet_new allocates a bare
# tasklet of the class), __repr__, __del__, overridden methods with super() calls, and the
# scheduler keeping the object's class (getcurrent() returns the subclass instance).
import stackless

log = []


class Npc(stackless.tasklet):
    count = 0

    def __init__(self, func, name=None):
        super(Npc, self).__init__(func)
        Npc.count += 1
        self.name = name or "npc%d" % Npc.count
        self.steps = 0

    def __repr__(self):
        return "<Npc %s>" % self.name

    def insert(self):
        log.append("insert " + self.name)
        return super().insert()


def walk(n):
    me = stackless.getcurrent()
    for i in range(n):
        me.steps += 1
        log.append((me.name, i))
        stackless.schedule()


a = Npc(walk, "a")(2)
b = Npc(walk)(1)
print(type(a) is Npc, isinstance(a, stackless.tasklet), isinstance(a, Npc), repr(a), repr(b))
print(a.alive, a.scheduled, a.name, Npc.count, issubclass(Npc, stackless.tasklet))
b.remove()
print(b.insert(), b.scheduled, log.pop())
stackless.run()
print(log, a.steps, b.steps, a.alive)

# the base class's __init__ by name, bind() and setup() on a subclass instance
class Worker(stackless.tasklet):
    def __init__(self, func, tag):
        stackless.tasklet.__init__(self, func)
        self.tag = tag

def job(x):
    me = stackless.getcurrent()
    log.append((me.tag, x, type(me).__name__))

w = Worker(job, "w1")
w.setup(1)
stackless.run()
w.bind(job)
w.setup(2)
stackless.run()
print(log[-2:])
w2 = Worker(None, "unbound")
print(w2.alive, w2.tag)
w2.bind(job, (3,))
w2.insert()
stackless.run()
print(log[-1])

# without __init__: the base's binds (func, args, kwargs)
class Plain(stackless.tasklet):
    pass

p = Plain(job, (4,))
p.tag = "plain"
print(p.alive, p.scheduled, p.tag)
p.insert()
stackless.run()
print(log[-1])
p2 = Plain()
p2.tag = "p2"
p2.bind(job)
p2(5)
stackless.run()
print(log[-1])

# __new__ in Python: tasklet.__new__(cls) makes the bare object, __init__ binds
class WithNew(stackless.tasklet):
    def __new__(cls, func, label):
        t = stackless.tasklet.__new__(cls)
        t.label = label
        return t

    def __init__(self, func, label):
        super().__init__(func)
        self.tag = label.upper()

n = WithNew(job, "made")
print(type(n).__name__, n.label, n.tag, n.alive)
n(6)
stackless.run()
print(log[-1])

# overriding the base's methods, and __del__ when the last reference goes
class Tracked(stackless.tasklet):
    def run(self):
        log.append("run " + self.tag)
        return super().run()

    def kill(self, pending=False):
        log.append("kill " + self.tag)
        return stackless.tasklet.kill(self, pending=pending)

    def __del__(self):
        print("__del__", self.tag, self.alive)

def forever():
    while True:
        stackless.schedule()

t = Tracked(job)
t.tag = "tracked"
t(7)
t.run()
print(log[-2:])
k = Tracked(forever)()
k.tag = "killed"
stackless.schedule()
k.kill()
print(log[-1], k.alive)
t = None
k = None
print("released")

# run by the scheduler only (as Stackless's test_defects does): __del__ once it ends
def tracked_in(x):
    pass
t = Tracked(tracked_in)
t.tag = "queued"
t(0)
t = None
stackless.run()
print("after run")

# a Python __call__ around the base's (which sets the tasklet up)
class Counted(stackless.tasklet):
    def __call__(self, *args):
        log.append(("setup", args))
        return super().__call__(*args)

c = Counted(job)
c.tag = "counted"
print(c(8) is c, log[-1], c.scheduled)
stackless.run()
print(log[-1])

# blocked on a channel: the channel's queue holds the subclass objects, and the cycle collector
# runs while they wait (their attributes live outside the object, reached from the VM)
import gc

def waiter(ch):
    me = stackless.getcurrent()
    me.got = ch.receive()
    log.append((me.tag, me.got, type(me).__name__))

ch = stackless.channel()
ws = []
for i in range(3):
    w = Worker(waiter, "q%d" % i)
    w.data = {"ring": [w.tag]}
    w.data["ring"].append(w.data)
    ws.append(w(ch))
stackless.schedule()
print(ch.balance, type(ch.queue).__name__, ch.queue is ws[0], ch.queue.next is ws[1])
gc.collect()
for i in range(3):
    ch.send(i * 10)
print(log[-3:], [w.data["ring"][1] is w.data for w in ws], [w.alive for w in ws])

# not a subtype
try:
    stackless.tasklet.__new__(int)
except TypeError as e:
    print("TypeError:", e)
print("OK")
