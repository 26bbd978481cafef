# Cooperative round-robin scheduler of generator tasks with a message channel (stackless-flavoured)
from collections import deque

class Channel:
    def __init__(self):
        self.queue = deque()

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.log = []
        self.tick = 0
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, gen, value = self.ready.popleft()
            self.tick += 1
            try:
                req = gen.send(value)
            except StopIteration as e:
                self.log.append("%s finished -> %r" % (name, e.value))
                continue
            if req is None:
                self.ready.append((name, gen, None))
            elif req[0] == "send":
                req[1].queue.append(req[2])
                self.ready.append((name, gen, None))
            elif req[0] == "recv":
                ch = req[1]
                if ch.queue:
                    self.ready.append((name, gen, ch.queue.popleft()))
                else:
                    self.ready.append((name, gen, "retry"))

def producer(ch, n):
    for i in range(n):
        yield ("send", ch, i * i)
        yield
    yield ("send", ch, None)
    return "produced %d" % n

def consumer(ch):
    total = 0
    count = 0
    while True:
        v = yield ("recv", ch)
        if v == "retry":
            continue
        if v is None:
            return (count, total)
        total += v
        count += 1

def ticker(k):
    for i in range(k):
        yield
    return "ticked %d" % k

s = Scheduler()
ch = Channel()
s.spawn("consumer", consumer(ch))
s.spawn("producer", producer(ch, 6))
s.spawn("ticker", ticker(4))
s.run()
print("\n".join(s.log))
print("ticks", s.tick)
