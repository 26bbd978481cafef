# tasklet.frame: a snapshot (types.FrameType) of the tasklet's top frame with its f_back chain,
# None for a tasklet with no frame (new, or ended) or not started yet. Stackless 3.7:
# taskletobject.c tasklet_get_frame; the frame is a snapshot here, as sys._getframe's are
# (docs/stackless.md).
import stackless
import types


def worker(ch):
    x = 41
    ch.receive()


def outer(ch):
    worker(ch)


ch = stackless.channel()
t = stackless.tasklet(outer)
print("new:", t.frame)
t.bind(outer)
print("bound:", t.frame)
t.setup(ch)
print("set up, not started:", t.frame, t.alive)
stackless.run()
f = t.frame
print("blocked:", isinstance(f, types.FrameType), f.f_code.co_name, f.f_locals["x"], f.f_back.f_code.co_name, f.f_back.f_back is None)
me = stackless.getcurrent().frame
print("current:", me.f_code.co_name)  # (its f_lineno: the line of its last call, docs/stackless.md)
ch.send(None)
print("ended:", t.frame, t.alive)
print(isinstance(stackless.tasklet.frame, types.GetSetDescriptorType), hasattr(t, "frame"))
try:
    t.frame = None
except AttributeError as e:
    print("AttributeError", e)

# sys._current_frames(): the one interpreter thread and the frame running the call
import sys


def where():
    return sys._current_frames()


frames = where()
print(list(frames) == stackless.threads, frames[stackless.getcurrent().thread_id].f_code.co_name)
