# unittest's text report in CPython 3.11's layout: the progress characters (. F E s x u), the
# ERROR:/FAIL: blocks (description, separators, traceback header, exception line), UNEXPECTED
# SUCCESS, "Ran N tests", OK or FAILED with every count; verbosity 0, 1 and 2; docstrings as
# descriptions. (ut_capture makes the timing and the traceback's File lines neutral.)
import unittest
from ut_capture import report


class Mixed(unittest.TestCase):
    def test_a_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        self.assertEqual([1, 2], [1, 2], "equal lists pass")
        self.assertEqual(1, 2)

    def test_c_error(self):
        {}['missing']

    def test_d_documented(self):
        """First line of the doc.

        More text that is not shown."""
        self.assertTrue(0, "zero is falsy")

    @unittest.skip("not today")
    def test_e_skip(self):
        raise RuntimeError("never runs")

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertIn(3, [1, 2])

    @unittest.expectedFailure
    def test_g_xpass(self):
        pass

    def test_h_custom_error(self):
        raise Custom("with", "args")

    def test_i_empty_message(self):
        raise ValueError()


class Custom(Exception):
    pass


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIsNone(None)


print("== verbosity 1")
report(Mixed)
print("== verbosity 2")
report(Mixed, verbosity=2)
print("== verbosity 2, descriptions off")
report(Mixed, verbosity=2, descriptions=False)
print("== verbosity 0")
report(Mixed, verbosity=0)
print("== all good")
report(AllGood)
report(AllGood, verbosity=2)
print("== one test, empty suite")
report(unittest.TestSuite([AllGood('test_one')]))
report(unittest.TestSuite())
print("== failfast")
report(Mixed, failfast=True)
