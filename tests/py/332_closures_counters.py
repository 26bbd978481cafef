# Closures: counters, accumulators, callbacks with nonlocal state, late binding and its fix.
def make_counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return tick, reset


tick, reset = make_counter(10, 5)
print(tick(), tick(), tick())
reset()
print(tick())


def make_accumulator():
    history = []

    def add(x):
        history.append(x)
        return sum(history)

    add.history = history
    return add


acc = make_accumulator()
for v in (3, 4, 5):
    print("acc", acc(v))
print(acc.history)

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])


def event_bus():
    handlers = {}

    def on(name):
        def register(fn):
            handlers.setdefault(name, []).append(fn)
            return fn
        return register

    def emit(name, *args):
        return [h(*args) for h in handlers.get(name, [])]

    return on, emit


on, emit = event_bus()


@on("damage")
def log_damage(who, amount):
    return f"{who} took {amount}"


@on("damage")
def check_death(who, amount):
    return "dead" if amount >= 50 else "alive"


print(emit("damage", "orc", 20))
print(emit("damage", "troll", 75))
print(emit("heal", "elf"))


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def memoize(fn):
    cache = {}
    calls = [0]

    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]

    wrapper.calls = calls
    return wrapper


@memoize
def paths(n):
    return 1 if n < 2 else paths(n - 1) + paths(n - 2)


print(paths(40), paths.calls[0])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x


print(outer())
