# atexit: functions run at program exit, the last registered first (the VM queues them from the
# prelude's _atexit list before the finalizers of module globals; vm/interpreter.ts queueAtexit).
# An exception in one is reported on stderr and the next one runs, as in CPython.
import _prelude


def register(func, *args, **kwargs):
    _prelude._atexit.append((func, args, kwargs))
    return func


def unregister(func):
    handlers = _prelude._atexit
    i = 0
    while i < len(handlers):
        if handlers[i][0] == func:
            del handlers[i]
        else:
            i += 1


def _clear():
    _prelude._atexit.clear()


def _ncallbacks():
    return len(_prelude._atexit)


def _run_exitfuncs():
    handlers = _prelude._atexit
    while handlers:
        func, args, kwargs = handlers.pop()
        func(*args, **kwargs)
