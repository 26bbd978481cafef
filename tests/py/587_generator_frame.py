# gen.gi_frame, gi_running, gi_code and frame.clear() (Stackless 3.7's test_defects
# TestFrameClear clears a fresh generator's frame); an exception ignored in __del__ while
# sys.stderr is an object is written through that object's write().
import sys

from ut_capture import Capture


def counter():
    yield 1
    yield 2


g = counter()
f = g.gi_frame
print(type(f).__name__, f.f_code.co_name, f.f_code is g.gi_code, g.gi_running)
f.clear()  # a created generator: clearing its frame finishes it
print(list(g), g.gi_frame)


def guarded(log):
    try:
        yield "a"
        yield "b"
    finally:
        log.append("finally ran")


log = []
g = guarded(log)
print(next(g), g.gi_frame is not None)
g.gi_frame.clear()  # a suspended generator: closed, its finally runs
print(log, list(g), g.gi_frame)


def introspect():
    me = holder[0]
    yield me.gi_running
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        yield "RuntimeError: " + str(e)


holder = [None]
holder[0] = introspect()
print(list(holder[0]), holder[0].gi_running)


def done():
    return
    yield


g = done()
print(list(g), g.gi_frame, g.gi_code.co_name)


class Noisy:
    def __del__(self):
        raise ValueError("raised in __del__")


cap = Capture()
sys.stderr = cap
Noisy()
x = 1
sys.stderr = sys.__stderr__
text = cap.text()
print(text.startswith("Exception ignored in"), "Traceback (most recent call last):" in text,
      text.rstrip().endswith("ValueError: raised in __del__"))

sys.stderr = None
Noisy()  # with sys.stderr None the report is dropped, as CPython's
sys.stderr = sys.__stderr__
print("done")
