# unittest.result: TestResult, and the text of an error (the traceback module's when there is
# one; else the header and the exception line: the VM keeps no traceback objects yet).
from .util import strclass

__unittest = True  # marks this module's frames, which error reports leave out


def _exc_name(exctype):
    name = getattr(exctype, '__qualname__', None) or exctype.__name__
    mod = getattr(exctype, '__module__', 'builtins')
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    return name


def _format_exception(exctype, value, tb, is_failure=False):
    """The text of an error block. With a traceback object (the __exit__ argument or the
    exception's __traceback__) and a traceback module, their text without unittest's own frames
    (modules marked `__unittest`), as CPython prints it; else the header and the exception
    line, which is all this VM can give while it keeps no traceback objects."""
    if tb is None:
        tb = getattr(value, '__traceback__', None)
    if tb is not None:
        try:
            import traceback
            while tb is not None and _is_unittest_frame(tb):
                tb = tb.tb_next
            limit = _count_relevant_levels(tb) if is_failure else None
            return ''.join(traceback.format_exception(exctype, value, tb, limit=limit))
        except Exception:
            pass
    text = str(value)
    line = _exc_name(exctype) + (': ' + text if text else '')
    return 'Traceback (most recent call last):\n' + line + '\n'


def _is_unittest_frame(tb):
    frame = getattr(tb, 'tb_frame', None)
    return '__unittest' in getattr(frame, 'f_globals', {})


def _count_relevant_levels(tb):
    """The frames before the first of unittest's (an assertion's internals are not shown)."""
    n = 0
    while tb is not None and not _is_unittest_frame(tb):
        n += 1
        tb = tb.tb_next
    return n


class TestResult:
    """Holds the outcome of a test run: failures and errors as (test, formatted text) pairs."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        return _format_exception(exctype, value, tb, issubclass(exctype, test.failureException or ()))

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))
