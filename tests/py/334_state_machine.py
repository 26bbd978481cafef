# A traffic-light and a vending-machine state machine: transition tables, guards, history.
TRANSITIONS = {
    ("red", "timer"): "green",
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "emergency"): "red",
    ("green", "emergency"): "red",
    ("yellow", "emergency"): "red",
}


class Light:
    def __init__(self):
        self.state = "red"
        self.history = [self.state]

    def fire(self, event):
        nxt = TRANSITIONS.get((self.state, event))
        if nxt is None:
            print(f"  ignored {event} in {self.state}")
            return
        self.state = nxt
        self.history.append(nxt)


light = Light()
for ev in ["timer", "timer", "emergency", "timer", "bogus", "timer", "timer"]:
    light.fire(ev)
print(" -> ".join(light.history))


class Vending:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self):
        self.state = self.idle
        self.credit = 0
        self.log = []

    def idle(self, event, arg):
        if event == "coin":
            self.credit += arg
            return self.paying
        return self.idle

    def paying(self, event, arg):
        if event == "coin":
            self.credit += arg
        elif event == "select":
            price = self.PRICES.get(arg)
            if price is None:
                self.log.append(f"no {arg}")
            elif self.credit >= price:
                self.log.append(f"vend {arg}, change {self.credit - price}")
                self.credit = 0
                return self.idle
            else:
                self.log.append(f"need {price - self.credit} more for {arg}")
        elif event == "refund":
            self.log.append(f"refund {self.credit}")
            self.credit = 0
            return self.idle
        return self.paying

    def feed(self, events):
        for event, arg in events:
            self.state = self.state(event, arg)
            print(f"{event:>7} {str(arg):<6} state={self.state.__name__:<7} credit={self.credit}")


v = Vending()
v.feed([("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25),
        ("select", "water"), ("select", "cola"), ("coin", 50), ("refund", None), ("coin", 100),
        ("select", "candy")])
print(*v.log, sep="\n")


def door():
    # a generator as a state machine: each yield waits for the next command
    state = "closed"
    while True:
        cmd = yield state
        if state == "closed" and cmd == "open":
            state = "open"
        elif state == "open" and cmd == "close":
            state = "closed"
        elif state == "closed" and cmd == "lock":
            state = "locked"
        elif state == "locked" and cmd == "unlock":
            state = "closed"


d = door()
print(next(d), [d.send(c) for c in ["lock", "open", "unlock", "open", "lock", "close", "lock"]])
