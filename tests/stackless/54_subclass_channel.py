# Subclasses of stackless.channel: __init__ calling the base's (channelobject.c channel_init takes
# no arguments), extra attributes, send/receive overridden around super() calls, iteration of
# the subclass, __del__, and tasklets blocked in its queue.
import stackless


class Named(stackless.channel):
    def __init__(self, name):
        super(Named, self).__init__()
        self.name = name
        self.sent = 0

    def send(self, value):
        self.sent += 1
        return super().send((self.name, value))

    def receive(self):
        v = stackless.channel.receive(self)
        return v[1] if isinstance(v, tuple) else v

    def __repr__(self):
        return "<Named %s>" % self.name


c = Named("bong")
print(c.name, type(c).__name__, isinstance(c, stackless.channel), repr(c), c.balance, c.preference)

got = []
def receiver(ch):
    got.append(ch.receive())
    got.append(ch.receive())

t = stackless.tasklet(receiver)(c)
stackless.schedule()
print(c.balance, c.queue is t, t.blocked)
c.send(1)
c.send(2)
print(got, c.sent)

# iteration goes through the base (the senders' values arrive wrapped by the override)
def sender(ch, v):
    ch.send(v)
for v in "xy":
    stackless.tasklet(sender)(c, v)
stackless.schedule()
c.close()
print(list(c), c.closed, c.sent)

# send_sequence uses the base's send, as Stackless's C loop does (channelobject.c
# channel_send_sequence): the override is not called
def drain(ch, out):
    for v in ch:
        out.append(v)
out = []
c2 = Named("seq")
stackless.tasklet(drain)(c2, out)
stackless.schedule()
print(c2.send_sequence([1, 2, 3]), c2.sent, out)

# a channel class without __init__ takes no arguments, like channel()
class Plain(stackless.channel):
    pass

p = Plain()
p.extra = [1]
print(type(p).__name__, p.extra)
try:
    Plain(1)
except TypeError:
    print("TypeError")

# __del__, when the last reference goes
class Closing(stackless.channel):
    def __del__(self):
        print("__del__", self.tag, self.balance)

d = Closing()
d.tag = "d"
d = None
print("released")

# channel.__new__ and channel.__init__ by name
class Made(stackless.channel):
    def __new__(cls):
        ch = stackless.channel.__new__(cls)
        ch.how = "new"
        return ch
m = Made()
print(type(m).__name__, m.how)
try:
    stackless.channel.__init__(m, 1)
except TypeError:
    print("TypeError")
print("OK")
