# stacklesslib.app: the names an application binds to (`from stacklesslib.app import sleep`) so
# that they can point at another implementation later; here they are always the tasklet ones.
from . import main, locks

event_queue = main.event_queue


def sleep(seconds):
    main.sleep(seconds)


def Event():
    return locks.Event()


def Lock():
    return locks.Lock()


def RLock():
    return locks.RLock()


def Condition(lock=None):
    return locks.Condition(lock)


def Semaphore(value=1):
    return locks.Semaphore(value)
