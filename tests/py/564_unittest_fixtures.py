# unittest's fixtures, in CPython 3.11's order: setUpModule/tearDownModule, setUpClass/
# tearDownClass once per class around its tests, setUp/tearDown around each test, cleanups
# last-in first-out after tearDown (and after a failed setUp, when tearDown is skipped); errors in
# each place reported as CPython reports them ("setUpClass (__main__.X)" entries, a failing
# cleanup as an error of its test), a SkipTest from setUpClass skipping the class, doCleanups.
import unittest
from ut_capture import report

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('First.setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('First.tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(self.note, 'cleanup 2', who=self._testMethodName)

    def note(self, what, who):
        log.append(what + ' ' + who)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b_fails(self):
        log.append('test_b')
        self.fail('b failed')

    def test_c_cleanup_error(self):
        def broken():
            log.append('broken cleanup')
            raise RuntimeError('cleanup broke')
        self.addCleanup(broken)
        log.append('test_c')


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after failed setUp')
        log.append('SetUpFails.setUp')
        raise ValueError('setUp broke')

    def tearDown(self):
        log.append('never: tearDown')

    def test_x(self):
        log.append('never: test_x')


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('ClassSetUpFails.setUpClass')
        raise KeyError('class setup')

    @classmethod
    def tearDownClass(cls):
        log.append('never: tearDownClass')

    def test_y(self):
        log.append('never: test_y')


class ClassSetUpSkips(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resource')

    def test_z(self):
        log.append('never: test_z')


class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        log.append('ClassTearDownFails.tearDownClass')
        raise RuntimeError('class teardown')

    def test_w(self):
        log.append('test_w')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('never: SkippedClass.setUpClass')

    def test_1(self):
        log.append('never: test_1')

    def test_2(self):
        pass


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise AssertionError('tearDown check')

    def test_v(self):
        log.append('test_v')


loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in
                            (First, SetUpFails, ClassSetUpFails, ClassSetUpSkips, ClassTearDownFails,
                             SkippedClass, TearDownFails)])
print(suite.countTestCases())
report(suite, verbosity=2)
for line in log:
    print(line)

print('== doCleanups by hand')
del log[:]
case = First('test_a')
case.addCleanup(log.append, 'first added')
case.addCleanup(log.append, 'last added')
print(case.doCleanups(), log)

print('== run() without a result')
result = First('test_a').run()
print(type(result).__name__, result.testsRun, result.wasSuccessful())
result = SetUpFails('test_x').run()
print(result.testsRun, len(result.errors), result.errors[0][0])
