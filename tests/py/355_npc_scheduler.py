# Cooperative NPC behaviours as generators, run round-robin by a tiny scheduler with wake times.
def guard(name, post_a, post_b):
    pos = post_a
    while True:
        target = post_b if pos == post_a else post_a
        yield f"{name} walks {pos}->{target}", 3
        pos = target
        yield f"{name} looks around at {pos}", 1


def merchant(name, stock):
    while stock:
        item = stock.pop(0)
        yield f"{name} sells {item} ({len(stock)} left)", 2
    yield f"{name} closes the shop", 0


def bell(times):
    for i in range(1, times + 1):
        yield f"bell rings {i}", 5
    return "silence"


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.clock = 0
        self.seq = 0

    def spawn(self, gen, at=0):
        self.seq += 1
        self.tasks.append((at, self.seq, gen))

    def run(self, until):
        while self.tasks:
            self.tasks.sort(key=lambda t: (t[0], t[1]))
            at, seq, gen = self.tasks.pop(0)
            if at > until:
                print(f"[{until:>2}] stop with {len(self.tasks) + 1} tasks pending")
                return
            self.clock = at
            try:
                msg, delay = next(gen)
            except StopIteration as e:
                print(f"[{self.clock:>2}] task {seq} finished: {e.value}")
                continue
            print(f"[{self.clock:>2}] {msg}")
            self.seq += 1
            self.tasks.append((self.clock + delay, self.seq, gen))


s = Scheduler()
s.spawn(guard("Hal", "gate", "tower"))
s.spawn(merchant("Mara", ["apple", "rope", "lamp"]), at=1)
s.spawn(bell(3), at=2)
s.run(until=16)
