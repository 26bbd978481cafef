# stacklesslib: the public stacklesslib's modules (locks, util, main, app, errors) for tasklets of
# one thread, written in the script language. Every lock here is plain Python made correct by
# stackless.atomic alone: inside an atomic block no involuntary switch (the watchdog's
# stackless.run(N) preemption) can happen, so a test-and-set of a lock's state cannot be torn.
# docs/stackless.md ("stacklesslib") lists what exists and what differs.
