# Stackless rule checked: a channel transfers any Python object unchanged: strings
# (including ""), tuples (nested), None, numbers, bools, lists and dicts. The receiver gets
# the very same object the sender passed (identity is preserved, nothing is copied).
# None is an ordinary value: receive() returning None is not "no value".
import stackless

values = ["text", "", (1, "two", (2.5, None)), None, [1, 2], {"k": [1]}, 42, -7, 0.5,
          True, False, ("nested", ("t",)), ()]
ch = stackless.channel()
back = stackless.channel()

def sender():
    for v in values:
        ch.send(v)

def echo(n):
    for i in range(n):
        a, b = ch.receive()
        back.send((b, a))

stackless.tasklet(sender)()
got = []
for i in range(len(values)):
    got.append(ch.receive())
for v in got:
    print(repr(v))
assert got == values
assert got[4] is values[4] and got[5] is values[5] and got[2] is values[2]
assert got[3] is None
stackless.run()

stackless.tasklet(echo)(3)
pairs = [("x", 1), (None, "y"), ((1, 2), [3])]
swapped = []
for p in pairs:
    ch.send(p)
    swapped.append(back.receive())
print(swapped)
assert swapped == [(1, "x"), ("y", None), ([3], (1, 2))]
assert swapped[2][0] is pairs[2][1]
stackless.run()
assert stackless.getruncount() == 1
print("OK")
