# unittest.loader: TestLoader builds suites from TestCase classes, modules and dotted names.
from .case import TestCase
from .suite import TestSuite
from .util import _module_named

__unittest = True  # marks this module's frames, which error reports leave out


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
