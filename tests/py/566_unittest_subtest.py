# subTest: each failing block is reported with its message and parameters ("[msg] (k=v, …)",
# nested blocks merged), the test goes on after it, a passing subtest adds nothing, an error
# inside is an ERROR, skipTest inside skips only the block; the progress line and verbosity 2
# lines; failfast stops at the first failing subtest; subTest outside a run is a plain block.
import unittest
from ut_capture import report


class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)
        print('after the loop')

    def test_message_and_nesting(self):
        with self.subTest('outer', a=1):
            with self.subTest(b='two'):
                self.assertTrue(False)
            with self.subTest('inner'):
                raise LookupError('in a subtest')

    def test_no_params(self):
        with self.subTest():
            self.fail('plain')

    def test_all_pass(self):
        for c in 'abc':
            with self.subTest(c=c):
                self.assertIn(c, 'abc')

    def test_skip_inside(self):
        with self.subTest(k=1):
            self.skipTest('only this block')
        print('still running after the skipped block')

    def test_failure_after_subtests(self):
        with self.subTest(x=0):
            pass
        self.assertEqual('a', 'b')


report(Sub)
report(Sub, verbosity=2)
report(Sub, failfast=True)

case = Sub('test_all_pass')
with case.subTest(n=1):
    print('outside a run the block just runs')
