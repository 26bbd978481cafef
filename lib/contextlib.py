# contextlib: utilities for with-statement contexts, written in the script language with CPython
# 3.11's behaviour: contextmanager (a class-based _GeneratorContextManager driving the generator
# with next() and throw()), suppress, nullcontext, closing, ContextDecorator, ExitStack.
#
# Not provided: the async variants, redirect_stdout/redirect_stderr, chdir.

class AbstractContextManager:
    """An abstract base class for context managers."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        cm = self

        def inner(*args, **kwds):
            with cm._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


def _wraps(wrapper, wrapped):
    # functools.update_wrapper without importing functools into every image that uses contextlib;
    # the copies are cosmetic, so a wrapper that refuses attributes is left as it is
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except AttributeError:
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except AttributeError:
        pass
    return wrapper


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # _GCM instances are one-shot context managers, so the CM must be recreated each time a
        # decorated function is called
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                # Need to force instantiation so we can reliably tell if we get the same
                # exception back
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                # Suppress StopIteration *unless* it's the same exception that was passed to
                # throw(). This prevents a StopIteration raised inside the "with" statement
                # from being suppressed.
                return exc is not value
            except RuntimeError as exc:
                # Don't re-raise the passed in exception.
                if exc is value:
                    return False
                # A StopIteration raised in the with body and re-raised by the generator
                # comes back as a RuntimeError caused by it (PEP 479).
                if isinstance(value, StopIteration) and getattr(exc, "__cause__", None) is value:
                    return False
                raise
            except BaseException as exc:
                # only re-raise if it's *not* the exception that was passed to throw(), because
                # __exit__() must not raise an exception unless __exit__() itself failed.
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a context manager."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


def _bound_exit(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return _exit_wrapper


def _callback_exit(callback, args, kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    return _exit_wrapper


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature (or a context manager)."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager, so assume it's a callable.
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound_exit(exit, exit_method))
        return exit  # Allow use as a decorator.

    def enter_context(self, cm):
        """Enters the supplied context manager: returns its __enter__ result, pushes its __exit__."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = _enter(cm)
        self._exit_callbacks.append(_bound_exit(cm, _exit))
        return result

    def callback(self, callback, *args, **kwds):
        """Registers an arbitrary callback and arguments. Cannot suppress exceptions."""
        _exit_wrapper = _callback_exit(callback, args, kwds)
        try:
            _exit_wrapper.__wrapped__ = callback
        except AttributeError:
            pass
        self._exit_callbacks.append(_exit_wrapper)
        return callback  # Allow use as a decorator

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # the exception the with statement is handling (CPython asks sys.exc_info())
        frame_exc = exc_details[1]

        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, getattr(new_exc, "__traceback__", None))
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = getattr(exc, "__context__", None)
            try:
                raise exc
            except BaseException:
                _set_context(exc, fixed_ctx)
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


def _set_context(exc, ctx):
    try:
        exc.__context__ = ctx
    except AttributeError:
        pass


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # Context may not be correct, so find the end of the chain
    while 1:
        exc_context = getattr(new_exc, "__context__", None)
        if exc_context is None or exc_context is old_exc:
            # Context is already set correctly (see issue 20317)
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    # Change the end of the chain to point to the exception we expect it to reference
    _set_context(new_exc, old_exc)
