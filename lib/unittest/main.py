# unittest.main: TestProgram (unittest.main()) loads a module's tests, runs them with a
# TextTestRunner and exits with SystemExit(1) when any failed.
import sys
from .loader import defaultTestLoader
from .runner import TextTestRunner
from .util import _module_named

__unittest = True  # marks this module's frames, which error reports leave out


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
