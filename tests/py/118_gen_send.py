# generator.send(): coroutine-style running averages and echo with state
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count

a = averager()
print(next(a))
for v in [10, 20, 30, 40]:
    print("avg", a.send(v))

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("echo got", x)
    finally:
        print("echo closing with", received)

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
e.close()

def not_started():
    yield 1
g = not_started()
try:
    g.send(5)
except TypeError as ex:
    print("TypeError:", ex)

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
def parser():
    out = []
    while True:
        tok = yield
        if tok == "end":
            break
        out.append(tok.upper())
    yield out
p = parser()
next(p)
for t in ["a", "b"]:
    p.send(t)
print(p.send("end"))
