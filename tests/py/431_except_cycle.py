# A local that holds the exception makes a cycle (exception, traceback, frame); the collector
# frees it, finalizing what the frame held.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def fail():
    r = Res("cyclic")
    try:
        raise ValueError("x")
    except ValueError as e:
        keep = e
    raise keep

try:
    fail()
except ValueError:
    print("handled")
print("before collect")
gc.collect()
print("after collect")
