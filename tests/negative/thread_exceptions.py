# An exception that ends a thread is reported on stderr, as CPython reports it, and the program
# goes on: threading prints "Exception in thread NAME:", _thread "Exception ignored in thread
# started by: FUNCTION", each followed by the traceback (sys.excepthook's report).
import sys
import threading
import _thread


def explode():
    raise ValueError("from a thread")


t = threading.Thread(target=explode, name="worker")
t.start()
t.join()
done = _thread.allocate_lock()
done.acquire()


def explode_raw():
    try:
        raise KeyError("raw")
    finally:
        done.release()


_thread.start_new_thread(explode_raw, ())
done.acquire()
try:
    raise TypeError("hooked")
except TypeError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("still running")
