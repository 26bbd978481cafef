# Generator pipelines: log parsing with chained generators, yield from, send() and close().
LOG = """\
12:00:01 INFO spawn player=ana hp=100
12:00:03 WARN lag ms=180
12:00:04 INFO hit player=ana dmg=12
12:00:05 ERROR crash code=7
12:00:07 INFO hit player=bo dmg=30
12:00:09 INFO heal player=ana amount=5
12:00:10 WARN lag ms=320
12:00:12 INFO hit player=ana dmg=50
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(source):
    for line in source:
        time, level, event, *pairs = line.split()
        fields = dict(p.split("=") for p in pairs)
        yield {"time": time, "level": level, "event": event, **fields}


def only(level, records):
    return (r for r in records if r["level"] == level)


def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1


for n, r in numbered(only("INFO", parse(lines(LOG)))):
    print(n, r["time"], r["event"], sorted(k for k in r if k not in ("time", "level", "event")))


def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


avg = running_average()
next(avg)
for v in [10, 20, 60, 5]:
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished after", stop.value)


def damage_by_player(records):
    totals = {}
    for r in records:
        if r["event"] == "hit":
            totals[r["player"]] = totals.get(r["player"], 0) + int(r["dmg"])
    return totals


print(damage_by_player(parse(lines(LOG))))
lags = [int(r["ms"]) for r in parse(lines(LOG)) if r["event"] == "lag"]
print("lag", lags, max(lags), sum(lags) // len(lags))


def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker closed")


t = ticker()
print([next(t) for _ in range(3)])
t.close()
print(sum(x * x for x in range(10) if x % 3))
gen = (c.upper() for c in "stackless")
print(next(gen), next(gen), "".join(gen))
