# Loading and suites: TestLoader.getTestCaseNames (sorted, only callables with the prefix,
# inherited ones included, a custom prefix and sort order), loadTestsFromTestCase (runTest when
# there are no test methods), loadTestsFromModule, loadTestsFromName(s) for a class, a method
# and a module attribute; TestSuite's addTest/addTests/countTestCases/iteration and its type
# checks, and how a suite drops each test once it ran; the identity of a test (id, str, repr, ==, hash, shortDescription); FunctionTestCase.
import unittest
import ut_capture


class Base(unittest.TestCase):
    test_not_callable = 3

    def test_b(self):
        pass

    def test_a(self):
        """Doc of a.
        second line"""

    def helper(self):
        pass


class Derived(Base):
    def test_c(self):
        pass

    def checkSomething(self):
        pass


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Base))
print(loader.getTestCaseNames(Derived))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Derived))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Derived))
loader = unittest.TestLoader()

suite = loader.loadTestsFromTestCase(Derived)
print(type(suite).__name__, suite.countTestCases(), [t.id() for t in suite])
suite = loader.loadTestsFromTestCase(OnlyRunTest)
print([str(t) for t in suite])

case = Base('test_a')
print(case.id())
print(str(case))
print(repr(case))
print(case.shortDescription())
print(Base('test_b').shortDescription())
print(case == Base('test_a'), case == Base('test_b'), case == Derived('test_a'))
print(hash(case) == hash(Base('test_a')))
print(case.countTestCases())
try:
    Base('test_missing')
except ValueError as e:
    print('ValueError:', str(e).split(':')[-1])

import __main__
module_suite = loader.loadTestsFromModule(__main__)
print(module_suite.countTestCases(), [s.countTestCases() for s in module_suite])
print([t.id() for t in loader.loadTestsFromName('Derived.test_c', __main__)])
print(loader.loadTestsFromName('OnlyRunTest', __main__).countTestCases())
print(loader.loadTestsFromNames(['Base', 'Derived.test_a'], __main__).countTestCases())

s = unittest.TestSuite()
s.addTest(Base('test_a'))
s.addTests([Base('test_b'), unittest.TestSuite([Derived('test_c')])])
print(s.countTestCases(), len(list(s)))
for bad in (Base, 5, 'text'):
    try:
        s.addTest(bad)
    except TypeError as e:
        print('TypeError:', 'instantiated' in str(e) or 'callable' in str(e))
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError:', e)
print(unittest.TestSuite([Base('test_a')]) == unittest.TestSuite([Base('test_a')]))

result = unittest.TestResult()
s.run(result)
print(result.testsRun, result.wasSuccessful())
print(s.countTestCases(), list(s)[:2])

calls = []
ft = unittest.FunctionTestCase(lambda: calls.append('body'), setUp=lambda: calls.append('setUp'),
                               tearDown=lambda: calls.append('tearDown'), description='a function test')


def named_test():
    """Checks a named function."""
    calls.append('named')
    raise AssertionError('named failed')


ft2 = unittest.FunctionTestCase(named_test)
print(ft.shortDescription(), '|', ft2.shortDescription(), '|', str(ft2), '|', ft2.id())
ut_capture.report(unittest.TestSuite([ft, ft2]), verbosity=2)
print(calls)
