# Our lock-conformance suite (lockconf/suite.py) with every worker an interpreter thread of its
# own, first with the GIL changing hands at every checkpoint, then at the default interval:
# stacklesslib's locks, Python on atomic alone, hold across threads as they do across tasklets.
import sys
import _thread
from lockconf import suite

sys.setswitchinterval(1)


def spawn(fn):
    _thread.start_new_thread(fn, ())


suite.run(spawn)
sys.setswitchinterval(0.005)
suite.run(spawn)
