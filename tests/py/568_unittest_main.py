# unittest.main(): loads the tests of the main module (every TestCase subclass in it, in name
# order), or those named in argv ("Class", "Class.method"), -v for the verbose report, -k to
# select by substring, -f to stop at the first failure, defaultTest; with exit=False it returns
# the program object (its .result); by default it ends the program with SystemExit(True) after a
# failure (exit status 1), as this file does last. The report goes to the runner's stream.
import unittest
from ut_capture import Capture, neutral


class Alpha(unittest.TestCase):
    def test_ok(self):
        pass

    def test_fails(self):
        self.assertEqual(len('x'), 2)

    def test_other(self):
        pass


class Beta(unittest.TestCase):
    def test_beta(self):
        pass


def run(argv, **kwargs):
    stream = Capture()
    prog = unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop('verbosity', 1)),
                         exit=False, **kwargs)
    print(neutral(stream.text()), end='')
    print('-> ok=%s run=%d' % (prog.result.wasSuccessful(), prog.result.testsRun))
    return prog


run(['prog'])
run(['prog', 'Beta'])
run(['prog', 'Alpha.test_ok', 'Beta.test_beta'], verbosity=2)
run(['prog', '-k', 'other'], verbosity=2)
unittest.defaultTestLoader.testNamePatterns = None
run(['prog'], defaultTest='Alpha.test_other')
p = run(['prog', '-f'])
print(p.failfast, p.verbosity)
p = run(['prog', '-v', 'Beta'])
print(p.verbosity)

stream = Capture()
try:
    unittest.main(argv=['prog', 'Alpha'], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print(neutral(stream.text()), end='')
    print('SystemExit', e.code)

stream = Capture()
try:
    unittest.main(argv=['prog', 'Beta'], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print('SystemExit', e.code)

unittest.main(argv=['prog', 'Alpha.test_fails'], testRunner=unittest.TextTestRunner(stream=Capture()))
print('not reached')
