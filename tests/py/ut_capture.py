# Helper module for the unittest tests (560-569): runs tests with a TextTestRunner writing to a
# captured stream, and prints the report with the two parts that cannot match CPython byte for
# byte made neutral: the timing figure of "Ran N tests in X.XXXs", and the File/source lines of
# tracebacks (this VM keeps no traceback objects yet; the header and the exception line stay).
# Run as a program it prints nothing.
import unittest


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


def neutral(text):
    out = []
    in_tb = False
    for line in text.split('\n'):
        if line == 'Traceback (most recent call last):':
            in_tb = True
            out.append(line)
            continue
        if in_tb and line.startswith('  '):
            continue
        in_tb = False
        if line.startswith('Ran ') and ' in ' in line and line.endswith('s'):
            line = line[:line.rindex(' in ')] + ' in <time>'
        out.append(line)
    return '\n'.join(out)


def report(test, verbosity=1, **kwargs):
    """Runs test (a TestCase class, a suite or a case) and prints its neutral report."""
    if isinstance(test, type):
        test = unittest.defaultTestLoader.loadTestsFromTestCase(test)
    stream = Capture()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(test)
    print(neutral(stream.text()), end='')
    print('-> run=%d failures=%d errors=%d skipped=%d expected=%d unexpected=%d ok=%s' % (
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful()))
    return result
