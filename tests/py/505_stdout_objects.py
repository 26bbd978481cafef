# sys.stdout / sys.stderr as objects: write() returns the count of characters, flush(); print()
# with file=; replacing sys.stdout sends print() to any object with write(), piece by piece as
# CPython calls it; sys.__stdout__ stays the real stream.
import sys

n = sys.stdout.write("plain line\n")
print(n, sys.stdout.write("héllo ✓\n"))
sys.stdout.flush()
print("to stdout", file=sys.stdout)
print("to stderr: not compared", file=sys.stderr)
print(sys.stderr.write(""), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"))


class Capture:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append("<flush>")


class Loud:
    def __str__(self):
        print("str runs while printing", file=sys.__stdout__)
        return "loud"


cap = Capture()
print("a", 1, [2, "b"], None, sep="|", end="#\n", file=cap, flush=True)
print(file=cap)
print(Loud(), 2, file=cap)
print(cap.calls)

saved = sys.stdout
sys.stdout = cap
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = saved
print(cap.calls[-4:])

sys.stdout = None
print("nowhere")
sys.stdout = saved
print("restored")

for bad in (5, b"bytes"):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", file=12)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", sep=3, file=cap)
except TypeError as e:
    print("TypeError:", e)


def shout(text):
    sys.stdout.write(text.upper() + "\n")


class Prefixed:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace("\n", " <\n"))


sys.stdout = Prefixed(sys.stdout)
print("wrapped", "twice")
shout("shouted")
sys.stdout = sys.__stdout__
print("done")
