# Keyword-only arguments (after * and after *args), required and defaulted, defaults evaluation
def connect(host, *, port=80, secure=False):
    return "%s:%d%s" % (host, port, " (tls)" if secure else "")

print(connect("a"), connect("b", port=8080), connect("c", secure=True, port=443))
try:
    connect("d", 99)
except TypeError as e:
    print("TypeError:", e)

def need(*, key):
    return key * 2
print(need(key=21))
try:
    need()
except TypeError as e:
    print("TypeError:", e)

def log(*msgs, level="info", sep=" "):
    return "[" + level + "] " + sep.join(msgs)
print(log("a", "b"), log("x", level="warn"), log("p", "q", sep="|", level="dbg"))

def full(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(full(1, c=3), full(1, 5, c=3, d=0), full(c=1, a=0), full(**{"a": 9, "c": 8}))
try:
    full(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def f(x=make_default()):
    return x
print(f(), f(), counter)
def g(a, b=5, *, c=7):
    return a, b, c
print(g(1), g(1, 2, c=3))
