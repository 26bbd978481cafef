# An event bus with subscriber callbacks (functions, bound methods, callables), priorities, errors
class EventBus:
    def __init__(self):
        self.subs = {}
    def subscribe(self, event, fn, priority=0):
        self.subs.setdefault(event, []).append((priority, len(self.subs.get(event, [])), fn))
        return fn
    def on(self, event, priority=0):
        def deco(fn):
            return self.subscribe(event, fn, priority)
        return deco
    def emit(self, event, *args, **kwargs):
        results = []
        for prio, _, fn in sorted(self.subs.get(event, []), key=lambda t: (-t[0], t[1])):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append("error: %s(%s)" % (type(e).__name__, e))
        return results

bus = EventBus()
@bus.on("greet")
def hello(name):
    return "hello " + name
@bus.on("greet", priority=5)
def loud(name):
    return "HEY " + name.upper()
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, name, **kw):
        self.lines.append((name, sorted(kw.items())))
        return "logged"
lg = Logger()
bus.subscribe("greet", lg.log, priority=1)
class Counter:
    n = 0
    def __call__(self, *a, **k):
        Counter.n += 1
        return Counter.n
bus.subscribe("greet", Counter())
bus.subscribe("fail", lambda: 1 // 0)
bus.subscribe("fail", lambda: {}["k"])
print(bus.emit("greet", "ann"))
print(bus.emit("greet", name="bob"))
print(bus.emit("fail"), bus.emit("nothing"))
print(lg.lines, Counter.n)
try:
    bus.emit("greet")
except TypeError as e:
    print("unexpected", e)
print(bus.emit("greet")[0])
