# Richards benchmark (small): OS task scheduler simulation with idle/worker/handler/device tasks
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
    def packet_pending_state(self):
        self.packet_pending, self.task_waiting, self.task_holding = True, False, False
        return self
    def waiting(self):
        self.packet_pending, self.task_waiting, self.task_holding = False, True, False
        return self
    def running(self):
        self.packet_pending, self.task_waiting, self.task_holding = False, False, False
        return self
    def waiting_with_packet(self):
        self.packet_pending, self.task_waiting, self.task_holding = True, True, False
        return self
    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)
    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

class Scheduler:
    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0
    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise RuntimeError("bad task id %d" % ident)
        return t
    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link
    def wait(self):
        self.current.task_waiting = True
        return self.current
    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        return t if t.priority > self.current.priority else self.current
    def qpkt(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        return t.add_packet(pkt, self.current)
    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_suspended():
                t = t.link
            else:
                self.current_id = t.ident
                self.current = t
                t = t.run_task()

class Task(TaskState):
    def __init__(self, sched, ident, priority, wkq, state, rec):
        TaskState.__init__(self)
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = wkq
        self.packet_pending, self.task_waiting, self.task_holding = (
            state.packet_pending, state.task_waiting, state.task_holding)
        self.rec = rec
        sched.task_list = self
        sched.tasks[ident] = self
    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.input)
        return old
    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg, self.rec)

class IdleTask(Task):
    def fn(self, pkt, r):
        r["count"] -= 1
        if r["count"] == 0:
            return self.sched.hold_self()
        if r["control"] & 1 == 0:
            r["control"] //= 2
            return self.sched.release(I_DEVA)
        r["control"] = r["control"] // 2 ^ 0xD008
        return self.sched.release(I_DEVB)

class WorkTask(Task):
    def fn(self, pkt, r):
        if pkt is None:
            return self.sched.wait()
        r["dest"] = I_HANDLERB if r["dest"] == I_HANDLERA else I_HANDLERA
        pkt.ident = r["dest"]
        pkt.datum = 0
        for i in range(BUFSIZE):
            r["count"] += 1
            if r["count"] > 26:
                r["count"] = 1
            pkt.data[i] = ord("A") + r["count"] - 1
        return self.sched.qpkt(pkt)

class HandlerTask(Task):
    def fn(self, pkt, r):
        if pkt is not None:
            if pkt.kind == K_WORK:
                r["work"] = pkt.append_to(r["work"])
            else:
                r["dev"] = pkt.append_to(r["dev"])
        if r["work"] is not None:
            w = r["work"]
            count = w.datum
            if count < BUFSIZE:
                if r["dev"] is not None:
                    d = r["dev"]
                    r["dev"] = d.link
                    d.datum = w.data[count]
                    w.datum = count + 1
                    return self.sched.qpkt(d)
            else:
                r["work"] = w.link
                return self.sched.qpkt(w)
        return self.sched.wait()

class DeviceTask(Task):
    def fn(self, pkt, r):
        if pkt is None:
            p = r["pending"]
            if p is None:
                return self.sched.wait()
            r["pending"] = None
            return self.sched.qpkt(p)
        r["pending"] = pkt
        if len(r["trace"]) < 40:
            r["trace"].append(chr(pkt.datum))
        return self.sched.hold_self()

def richards(count):
    s = Scheduler()
    trace = []
    IdleTask(s, I_IDLE, 1, None, TaskState().running(), {"control": 1, "count": count})
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, TaskState().waiting_with_packet(), {"dest": I_HANDLERA, "count": 0})
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet(), {"work": None, "dev": None})
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet(), {"work": None, "dev": None})
    DeviceTask(s, I_DEVA, 4000, None, TaskState().waiting(), {"pending": None, "trace": trace})
    DeviceTask(s, I_DEVB, 5000, None, TaskState().waiting(), {"pending": None, "trace": trace})
    s.schedule()
    return s.qpkt_count, s.hold_count, "".join(trace)

for n in (100, 1000):
    q, h, tr = richards(n)
    print("count=%d qpkt=%d hold=%d" % (n, q, h))
    print("trace", tr)
q, h, _ = richards(2000)
print("checksum", q * 31 + h)
