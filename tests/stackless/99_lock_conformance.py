# Our lock-conformance suite (lockconf/suite.py: threading's semantics for stacklesslib.locks)
# with every worker a tasklet of the one thread. The suite takes the way workers start as
# spawn(fn); a run on interpreter threads is another program like this one with its own spawn.
import stackless
from lockconf import suite


def spawn(fn):
    stackless.tasklet(fn)()


suite.run(spawn)
