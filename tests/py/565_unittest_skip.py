# Skipping and expected failures: skip (with a reason, and bare), skipIf/skipUnless either way,
# self.skipTest, SkipTest raised by the test or by setUp (tearDown then does not run),
# expectedFailure on a method and on a class, an expected failure that errors, a skipped
# method still callable (it raises SkipTest), the decorators' attributes.
import unittest
from ut_capture import report

ran = []


class Skips(unittest.TestCase):
    @unittest.skip('reason one')
    def test_skip(self):
        ran.append('skip')

    @unittest.skip
    def test_skip_bare(self):
        ran.append('skip bare')

    @unittest.skipIf(True, 'if true')
    def test_skip_if_true(self):
        ran.append('skipIf true')

    @unittest.skipIf(False, 'if false')
    def test_skip_if_false(self):
        ran.append('skipIf false')

    @unittest.skipUnless(False, 'unless false')
    def test_skip_unless_false(self):
        ran.append('skipUnless false')

    @unittest.skipUnless(1, 'unless true')
    def test_skip_unless_true(self):
        ran.append('skipUnless true')

    def test_skip_test(self):
        ran.append('before skipTest')
        self.skipTest('decided at run time')
        ran.append('never')

    def test_raise_skip(self):
        raise unittest.SkipTest('raised directly')

    @unittest.expectedFailure
    def test_expected_error(self):
        raise ZeroDivisionError('as expected')

    @unittest.expectedFailure
    def test_expected_but_skipped(self):
        self.skipTest('skip wins')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('setUp says no')

    def tearDown(self):
        ran.append('never: tearDown after a skip in setUp')

    def test_it(self):
        ran.append('never: test after a skip in setUp')


@unittest.expectedFailure
class AllExpected(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(1, 0)

    def test_passes(self):
        pass


report(Skips, verbosity=2)
report(SkipInSetUp)
report(AllExpected)
print(ran)

print(Skips.test_skip.__unittest_skip__, Skips.test_skip.__unittest_skip_why__)
print(repr(Skips.test_skip_bare.__unittest_skip_why__), Skips.test_skip.__name__)
print(getattr(Skips.test_skip_if_false, '__unittest_skip__', 'not marked'))
print(Skips.test_expected_error.__unittest_expecting_failure__)
try:
    Skips('test_skip').test_skip()
except unittest.SkipTest as e:
    print('calling a skipped method:', type(e).__name__, e)
print(issubclass(unittest.SkipTest, Exception))
