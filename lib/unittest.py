# unittest: CPython 3.11's test framework as far as the subset allows, written in the script
# language. TestCase (fixtures, cleanups, the assert methods, assertRaises/assertRaisesRegex in
# both forms, subTest, skipTest), the skip/skipIf/skipUnless/expectedFailure decorators,
# TestSuite (class and module fixtures), TestLoader, TestResult, TextTestRunner and main(), whose
# report has CPython's layout: the progress line (. F E s x u), the ERROR:/FAIL: blocks, "Ran N
# tests in X.XXXs", then OK or FAILED (failures=…, errors=…, skipped=…), and SystemExit(1) on
# failure.
#
# What the VM cannot give yet, and what is done instead:
# - no sys.stderr: the runner's default stream writes with print() (so to stdout) until sys has a
#   stderr object; pass stream= to TextTestRunner to capture the report.
# - no traceback objects: an error block is "Traceback (most recent call last):" and the
#   exception line, without the File lines (the traceback module is used when one exists).
# - no re module: assertRaisesRegex/assertRegex use a small matcher (_Regex below) for the usual
#   pattern subset (literals, ., classes, \d\w\s, * + ? {m,n}, ^ $, groups, |) unless `re` exists.
# - no difflib: assertEqual's messages for sequences, dicts and multi-line strings keep CPython's
#   first line and "First differing element" part but not the ndiff listing.
# Not provided: mock, async test cases, assertWarns/assertLogs (no warnings/logging modules),
# buffer=, catchbreak, test discovery from the file system.

import sys
import time

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        cls = type(obj)  # object.__repr__'s text (the VM's object has no __repr__ to call)
        result = '<%s.%s object at %s>' % (cls.__module__, cls.__qualname__, hex(id(obj)))
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (getattr(cls, '__module__', '__main__'), getattr(cls, '__qualname__', cls.__name__))


def _exc_name(exctype):
    name = getattr(exctype, '__qualname__', None) or exctype.__name__
    mod = getattr(exctype, '__module__', 'builtins')
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    return name


def _format_exception(exctype, value, tb):
    """The text of an error block: the traceback module's when there is one, else the header
    and the exception line (this VM keeps no traceback objects yet)."""
    try:
        import traceback
        return ''.join(traceback.format_exception(exctype, value, tb))
    except Exception:
        pass
    text = str(value)
    line = _exc_name(exctype) + (': ' + text if text else '')
    return 'Traceback (most recent call last):\n' + line + '\n'


# ----------------------------------------------------------------------------- regular expressions

class _Regex:
    """A backtracking matcher for the pattern subset tests use: literals and escapes, `.`,
    classes `[a-z]` `[^…]`, `\\d \\w \\s` (and upper-case negations), greedy `* + ? {m} {m,n}`,
    `^`, `$`, groups `( )` `(?: )` and `|`. Used when the VM has no `re` module."""

    def __init__(self, pattern):
        self.pattern = pattern
        self._pos = 0
        self._node = self._alternation()
        if self._pos != len(pattern):
            raise ValueError("unbalanced parenthesis in pattern %r" % pattern)

    # parsing: a node is ('alt', [seq…]) / ('seq', [item…]) / ('rep', node, lo, hi) /
    # ('set', negated, [(lo, hi)…], classes) / ('any',) / ('bol',) / ('eol',) / ('lit', ch)
    def _alternation(self):
        branches = [self._sequence()]
        while self._pos < len(self.pattern) and self.pattern[self._pos] == '|':
            self._pos += 1
            branches.append(self._sequence())
        return ('alt', branches)

    def _sequence(self):
        items = []
        p = self.pattern
        while self._pos < len(p) and p[self._pos] not in '|)':
            atom = self._atom()
            if self._pos < len(p) and p[self._pos] in '*+?{':
                atom = self._quantifier(atom)
            items.append(atom)
        return ('seq', items)

    def _quantifier(self, atom):
        p = self.pattern
        c = p[self._pos]
        if c == '{':
            end = p.find('}', self._pos)
            if end < 0:
                return atom
            body = p[self._pos + 1:end]
            parts = body.split(',')
            try:
                lo = int(parts[0]) if parts[0] else 0
                hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else -1)
            except ValueError:
                return atom
            self._pos = end + 1
        else:
            self._pos += 1
            lo, hi = {'*': (0, -1), '+': (1, -1), '?': (0, 1)}[c]
        if self._pos < len(p) and p[self._pos] == '?':
            self._pos += 1  # a lazy quantifier: search() only asks whether a match exists
        return ('rep', atom, lo, hi)

    def _atom(self):
        p = self.pattern
        c = p[self._pos]
        self._pos += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if p.startswith('?:', self._pos):
                self._pos += 2
            node = self._alternation()
            if self._pos >= len(p) or p[self._pos] != ')':
                raise ValueError("missing ), unterminated subpattern in %r" % p)
            self._pos += 1
            return node
        if c == '[':
            return self._set()
        if c == '\\':
            return self._escape(False)
        return ('lit', c)

    def _escape(self, in_set):
        p = self.pattern
        if self._pos >= len(p):
            raise ValueError("bad escape (end of pattern)")
        c = p[self._pos]
        self._pos += 1
        if c in 'dwsDWS':
            return ('set', c.isupper(), [], c.lower())
        lit = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(c, c)
        return ('lit', lit)

    def _set(self):
        p = self.pattern
        negated = False
        if self._pos < len(p) and p[self._pos] == '^':
            negated = True
            self._pos += 1
        ranges = []
        classes = ''
        first = True
        while self._pos < len(p) and (p[self._pos] != ']' or first):
            first = False
            c = p[self._pos]
            self._pos += 1
            if c == '\\':
                node = self._escape(True)
                if node[0] == 'set':
                    classes += node[3] if not node[1] else node[3].upper()
                    continue
                c = node[1]
            if self._pos + 1 < len(p) and p[self._pos] == '-' and p[self._pos + 1] != ']':
                hi = p[self._pos + 1]
                self._pos += 2
                if hi == '\\':
                    hi = self._escape(True)[1]
                ranges.append((c, hi))
            else:
                ranges.append((c, c))
        if self._pos >= len(p):
            raise ValueError("unterminated character set in %r" % p)
        self._pos += 1
        return ('set', negated, ranges, classes)

    # matching: continuation-passing, so a repetition backtracks into what follows it
    def _class_has(self, cls, ch):
        if cls == 'd':
            return ch.isdigit()
        if cls == 'w':
            return ch.isalnum() or ch == '_'
        if cls == 's':
            return ch.isspace()
        return not self._class_has(cls.lower(), ch)

    def _set_has(self, node, ch):
        hit = False
        for lo, hi in node[2]:
            if lo <= ch <= hi:
                hit = True
        for cls in node[3]:
            if self._class_has(cls, ch):
                hit = True
        return hit != node[1]

    def _m(self, node, s, i, k):
        kind = node[0]
        if kind == 'lit':
            return i < len(s) and s[i] == node[1] and k(i + 1)
        if kind == 'any':
            return i < len(s) and s[i] != '\n' and k(i + 1)
        if kind == 'set':
            return i < len(s) and self._set_has(node, s[i]) and k(i + 1)
        if kind == 'bol':
            return i == 0 and k(i)
        if kind == 'eol':
            return (i == len(s) or (i == len(s) - 1 and s[i] == '\n')) and k(i)
        if kind == 'seq':
            return self._seq(node[1], 0, s, i, k)
        if kind == 'alt':
            for branch in node[1]:
                if self._m(branch, s, i, k):
                    return True
            return False
        return self._rep(node, s, i, k, 0)

    def _seq(self, items, n, s, i, k):
        if n == len(items):
            return k(i)
        return self._m(items[n], s, i, lambda j: self._seq(items, n + 1, s, j, k))

    def _rep(self, node, s, i, k, count):
        atom, lo, hi = node[1], node[2], node[3]
        if hi < 0 or count < hi:
            # greedy: one more first; an empty iteration ends the loop (no infinite repeat)
            if self._m(atom, s, i, lambda j: j != i and self._rep(node, s, j, k, count + 1)):
                return True
        return count >= lo and k(i)

    def search(self, s):
        """The leftmost match as an object with start(), end() and group(), or None; at a
        position the alternatives are tried in re's order, so the span is re's."""
        ends = []

        def found(j):
            ends.append(j)
            return True
        for start in range(len(s) + 1):
            if self._m(self._node, s, start, found):
                return _Match(s, start, ends[0])
        return None


class _Match:
    def __init__(self, string, start, end):
        self.string = string
        self._start = start
        self._end = end

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self):
        return self.string[self._start:self._end]


def _compile(pattern):
    """An object with .pattern and .search(text) (truthy on a match)."""
    if not isinstance(pattern, str):
        return pattern  # already compiled (a re pattern or a _Regex)
    try:
        import re
        return re.compile(pattern)
    except ImportError:
        return _Regex(pattern)


# ----------------------------------------------------------------------------- skipping

class SkipTest(Exception):
    """Raise this to skip a test (TestCase.skipTest does)."""


class _ShouldStop(Exception):
    """Stops a test run (failfast after a failed subtest)."""


class _UnexpectedSuccess(Exception):
    """A test marked expectedFailure passed."""


def _id(obj):
    return obj


def _is_function(obj):
    return isinstance(obj, type(_id))


def skip(reason):
    """Unconditionally skip a test (a method or a whole TestCase class)."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            original = test_item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
                try:
                    setattr(skip_wrapper, attr, getattr(original, attr))
                except AttributeError:
                    pass
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if _is_function(reason):  # @skip without an argument
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ----------------------------------------------------------------------------- results

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
        return _format_exception(exctype, value, tb)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


class _Outcome:
    """The state of one TestCase.run: each part (setUp, the test, tearDown, a subtest) runs
    under testPartExecutor, which records what it raised."""

    def __init__(self, result):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _PartExecutor(self, test_case, subTest)


class _PartExecutor:
    def __init__(self, outcome, test_case, subTest):
        self.outcome = outcome
        self.test_case = test_case
        self.subTest = subTest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        test_case = self.test_case
        try:
            if exc_type is None:
                if self.subTest and outcome.success:
                    outcome.result.addSubTest(test_case.test_case, test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, test_case, str(exc_value))
                return True
            if issubclass(exc_type, _ShouldStop):
                return True
            exc_info = (exc_type, exc_value, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = exc_info
            else:
                outcome.success = False
                if self.subTest:
                    outcome.result.addSubTest(test_case.test_case, test_case, exc_info)
                else:
                    _addError(outcome.result, test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


def _addSkip(result, test_case, reason):
    addSkip = getattr(result, 'addSkip', None)
    if addSkip is not None:
        addSkip(test_case, reason)
    else:
        result.addSuccess(test_case)


def _addError(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


# ----------------------------------------------------------------------------- TestCase

class _AssertRaisesContext:
    """assertRaises/assertRaisesRegex: a context manager, or called with a callable."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = _compile(expected_regex) if expected_regex is not None else None
        self.obj_name = None
        self.msg = None
        self.exception = None

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standardMsg))

    def handle(self, name, args, kwargs):
        if not _is_exception_spec(self.expected):
            raise TypeError('%s() arg 1 must be an exception type or tuple of exception types' % name)
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function' % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._raiseFailure("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False  # an unexpected exception propagates
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(exc_value)))
        return True


def _is_exception_spec(expected):
    if isinstance(expected, tuple):
        for e in expected:
            if not _is_exception_spec(e):
                return False
        return True
    return isinstance(expected, type) and issubclass(expected, BaseException)


class _SubTest:
    """One subTest(msg, **params) block of a test: reported as the test plus its parameters."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException
        self._testMethodName = test_case._testMethodName

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_subtest_msg_sentinel = object()


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.executor = None

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None:
            return None
        self.parent = case._subtest
        # the inner block's parameters first, then the enclosing ones it does not override
        merged = dict(self.params)
        if self.parent is not None:
            for k, v in self.parent.params.items():
                if k not in merged:
                    merged[k] = v
        case._subtest = _SubTest(case, self.msg, merged)
        self.executor = outcome.testPartExecutor(case._subtest, True)
        self.executor.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.executor is None:
            return False
        case = self.case
        try:
            swallowed = self.executor.__exit__(exc_type, exc_value, tb)
            outcome = case._outcome
            if not outcome.success:
                if outcome.result is not None and outcome.result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # the test already failed as expected: the remaining subtests don't run
                raise _ShouldStop
            return swallowed
        finally:
            case._subtest = self.parent


class TestCase:
    """A test: a method of a subclass named by methodName, with setUp/tearDown around it."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        self._subtest = None
        self._cleanups = []
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = getattr(testMethod, '__doc__', None)
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = cm.__enter__()
        self.addCleanup(cm.__exit__, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, *args, **kwargs):
        if '_class_cleanups' not in _own_names(cls):
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager: a failure inside it is reported with msg and params, and the
        test goes on after the block."""
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            result.startTestRun()
            stopTestRun = result.stopTestRun
        else:
            stopTestRun = None
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if getattr(self.__class__, '__unittest_skip__', False) or getattr(testMethod, '__unittest_skip__', False):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(testMethod, '__unittest_skip_why__', ''))
                _addSkip(result, self, why)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False)
                                 or getattr(testMethod, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(testMethod)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stopTestRun is not None:
                stopTestRun()

    def doCleanups(self):
        """Runs the cleanups last-in first-out; an error in one is reported, the rest still run."""
        outcome = self._outcome or _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        cleanups = cls._class_cleanups if '_class_cleanups' in _own_names(cls) else []
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as exc:
                cls.tearDown_exceptions.append((type(exc), exc, None))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without collecting errors in a result."""
        testMethod = getattr(self, self._testMethodName)
        if getattr(self.__class__, '__unittest_skip__', False) or getattr(testMethod, '__unittest_skip__', False):
            why = (getattr(self.__class__, '__unittest_skip_why__', '')
                   or getattr(testMethod, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(testMethod)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    # --- the assertions

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            name = self._type_equality_funcs.get(type(first))
            if name is not None:
                return getattr(self, name)
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s' % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s' % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of first %s\n' % (i, seq_type_name)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of second %s\n' % (i, seq_type_name)
                    break
                if item1 != item2:
                    differing += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return  # equal items, different sequence types
            if len1 > len2:
                differing += '\nFirst %s contains %d additional elements.\n' % (seq_type_name, len1 - len2)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of first %s\n' % (len2, seq_type_name)
            elif len1 < len2:
                differing += '\nSecond %s contains %d additional elements.\n' % (seq_type_name, len2 - len1)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of second %s\n' % (len1, seq_type_name)
        self.fail(self._formatMessage(msg, differing))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            self.fail(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(d1, d2)))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = _count_diff(first_seq, second_seq)
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            self.fail(self._formatMessage(msg, standardMsg + '\n'.join(lines)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            if len(first) <= _DIFF_OMITTED_LIMIT and len(second) <= _DIFF_OMITTED_LIMIT and \
                    '\n' not in first and '\n' not in second:
                standardMsg += '\n- %s\n+ %s\n' % (first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            assert expected_regex, "expected_regex must not be empty."
        regex = _compile(expected_regex)
        if not regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        regex = _compile(unexpected_regex)
        match = regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    # the Python 2 spellings Stackless's own tests still use
    def failUnless(self, expr, msg=None):
        self.assertTrue(expr, msg)

    def failIf(self, expr, msg=None):
        self.assertFalse(expr, msg)

    def assertRaisesRegexp(self, expected_exception, expected_regex, *args, **kwargs):
        return self.assertRaisesRegex(expected_exception, expected_regex, *args, **kwargs)

    def assertEquals(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertNotEquals(self, first, second, msg=None):
        self.assertNotEqual(first, second, msg)

    def assert_(self, expr, msg=None):
        self.assertTrue(expr, msg)


_DIFF_OMITTED_LIMIT = 2 ** 16


def _own_names(cls):
    """The names a class defines itself (a stand-in for cls.__dict__, which the VM lacks)."""
    names = set(dir(cls))
    for base in cls.__mro__[1:]:
        for name in dir(base):
            if name in names and getattr(base, name, None) is getattr(cls, name, None):
                names.discard(name)
    return names


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """The reprs of args, shortened alike around their common prefix when any is too long."""
    args = tuple(safe_repr(a) for a in args)
    maxlen = max(len(a) for a in args)
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = args[0]
    for a in args[1:]:
        n = 0
        while n < len(prefix) and n < len(a) and prefix[n] == a[n]:
            n += 1
        prefix = prefix[:n]
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_BEGIN_LEN, _MIN_END_LEN) for s in args)


def _count_diff(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ, in
    first-seen order; unhashable elements are compared with ==."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i in range(m):
        elem = s[i]
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j in range(n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i in range(n):
        elem = t[i]
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


class FunctionTestCase(TestCase):
    """A plain function as a test case."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


# ----------------------------------------------------------------------------- suites

class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule, …) that failed, in the error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _module_named(name):
    modules = getattr(sys, 'modules', None)
    if modules is not None:
        return modules.get(name)
    if name == '__main__':
        import __main__
        return __main__
    return None


class BaseTestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs the class and module fixtures (setUpClass, setUpModule, …)
    around the tests it holds, as CPython's does."""

    def run(self, result, debug=False):
        topLevel = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = topLevel = True
        for test in self:
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
                    continue
            test(result)
        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        currentClass._classSetupFailed = False
        setUpClass = getattr(currentClass, 'setUpClass', None)
        if setUpClass is not None:
            try:
                setUpClass()
            except Exception as e:
                currentClass._classSetupFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpClass', strclass(currentClass))
                currentClass.doClassCleanups()
                for exc_info in currentClass.tearDown_exceptions:
                    self._createClassOrModuleLevelException(result, exc_info[1], 'setUpClass',
                                                            strclass(currentClass), exc_info)

    def _get_previous_module(self, result):
        previousClass = getattr(result, '_previousTestClass', None)
        if previousClass is not None:
            return previousClass.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = _module_named(currentModule)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            try:
                setUpModule()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpModule', currentModule)

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        error = _ErrorHolder('%s (%s)' % (method_name, parent))
        if isinstance(exc, SkipTest):
            _addSkip(result, error, str(exc))
        else:
            result.addError(error, info or (type(exc), exc, None))

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if result._moduleSetUpFailed:
            return
        module = _module_named(previousModule)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._createClassOrModuleLevelException(result, e, 'tearDownModule', previousModule)

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__ if test is not None else None
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previousClass, 'tearDownClass', None)
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                self._createClassOrModuleLevelException(result, e, 'tearDownClass', strclass(previousClass))
        previousClass.doClassCleanups()
        for exc_info in previousClass.tearDown_exceptions:
            self._createClassOrModuleLevelException(result, exc_info[1], 'tearDownClass',
                                                    strclass(previousClass), exc_info)


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


# ----------------------------------------------------------------------------- loading

class TestLoader:
    """Builds suites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = None
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = _module_named(parts[0])
            if module is None:
                raise ImportError("No module named %r" % parts[0])
            parts = parts[1:]
        parent = None
        obj = module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase) and callable(obj):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj) and not hasattr(obj, '__iter__'):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        if type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        names = []
        for name in dir(testCaseClass):
            if name.startswith(prefix) and callable(getattr(testCaseClass, name)):
                if self.testNamePatterns is None or _matches_any(testCaseClass, name, self.testNamePatterns):
                    names.append(name)
        if self.sortTestMethodsUsing is not None:
            cmp = self.sortTestMethodsUsing
            return sorted(names, key=_cmp_key(cmp))
        return sorted(names)


def _matches_any(cls, name, patterns):
    full = '%s.%s.%s' % (cls.__module__, cls.__qualname__, name)
    for pattern in patterns:
        if '*' not in pattern:
            pattern = '*%s*' % pattern
        if _glob_match(pattern, full):
            return True
    return False


def _glob_match(pattern, s):
    """fnmatch's * and ? (the -k patterns)."""
    if not pattern:
        return not s
    if pattern[0] == '*':
        for i in range(len(s) + 1):
            if _glob_match(pattern[1:], s[i:]):
                return True
        return False
    return bool(s) and (pattern[0] == '?' or pattern[0] == s[0]) and _glob_match(pattern[1:], s[1:])


def _cmp_key(cmp):
    class Key:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
    return Key


defaultTestLoader = TestLoader()


# ----------------------------------------------------------------------------- the text runner

class _StdoutStream:
    """The default stream until the VM has sys.stderr: print() without a newline."""

    def write(self, s):
        print(s, end='')

    def flush(self):
        pass


def _default_stream():
    stream = getattr(sys, 'stderr', None)
    return stream if stream is not None else _StdoutStream()


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, arg):
        self.stream.write(arg)

    def flush(self):
        flush = getattr(self.stream, 'flush', None)
        if flush is not None:
            flush()

    def writeln(self, arg=None):
        if arg:
            self.stream.write(arg)
        self.stream.write('\n')


class TextTestResult(TestResult):
    """Reports progress on a stream: a character per test, or a line with verbosity 2."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._write_status(subtest, "FAIL" if failed else "ERROR")
            elif self.dots:
                self.stream.write('F' if failed else 'E')
                self.stream.flush()
        TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._status(test, "ok", '.')

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._status(test, "ERROR", 'E')

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._status(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._status(test, "skipped {0!r}".format(reason), 's')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._line("expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._line("unexpected success", 'u')

    def _status(self, test, status, char):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def _line(self, status, char):
        # CPython writes these two verbose statuses as a bare line, not through _write_status
        if self.showAll:
            self.stream.writeln(status)
        elif self.dots:
            self.stream.write(char)
        self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a test and writes the report to stream (sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = _default_stream()
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        startTime = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        timeTaken = time.perf_counter() - startTime
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", timeTaken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ----------------------------------------------------------------------------- main

class TestProgram:
    """unittest.main(): loads the tests of a module (the main script by default), runs them
    with a TextTestRunner and exits with 1 when any failed (SystemExit, unless exit=False).
    Command-line arguments: -v, -q, -f, -k PATTERN and test names."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = _module_named(module)
            if self.module is None:
                raise ImportError("No module named %r" % module)
        else:
            self.module = module
        if argv is None:
            argv = list(sys.argv) or ['python -m unittest']
        self.exit = exit
        self.failfast = failfast
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.testNames = None
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg == '-k' and args:
                patterns.append(args.pop(0))
            else:
                names.append(arg)
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if names:
            self.testNames = names
        elif self.defaultTest is not None:
            self.testNames = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast), buffer=bool(self.buffer),
                            warnings=self.warnings, tb_locals=self.tb_locals)
        self.result = runner.run(self.test)
        if self.exit:
            raise SystemExit(not self.result.wasSuccessful())


main = TestProgram
