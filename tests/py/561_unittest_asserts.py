# unittest's assert methods: each passes on a true claim, and on a false one raises
# AssertionError with CPython 3.11's message (msg= appended after " : " with longMessage, alone
# without; long reprs shortened around their common prefix; safe_repr's 80-character cut; the
# ndiff listing of pprint'ed sequences and dicts and of strings, cut to "Diff is N characters
# long" past maxDiff). addTypeEqualityFunc registers a type's comparison.
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, 'FAILS:', e)
    else:
        print(name, 'passes')


class Thing:
    def __repr__(self):
        return 'Thing()'


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 1.0)
check('assertEqual', 'abc', 'xyz')
check('assertEqual', 'a\nb', 'a\nc')
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2], [1, 2, 3])
check('assertEqual', [1, 2, 3, 4], [1])
check('assertEqual', (1, 2), (1, 3))
check('assertEqual', (1, 2), [1, 2])
check('assertEqual', {1: 'a'}, {1: 'b'})
check('assertEqual', {1, 2}, {2, 3})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', list(range(40)), list(range(39)) + [99])
check('assertEqual', 1, 2, 'custom')
check('assertEqual', Thing(), Thing())
check('assertNotEqual', 1, 2)
check('assertNotEqual', 'a', 'a')
check('assertNotEqual', 'a', 'a', msg='why')
check('assertTrue', 1)
check('assertTrue', [])
check('assertTrue', '', 'needs text')
check('assertFalse', None)
check('assertFalse', [0])
check('assertIs', None, None)
check('assertIs', [], [])
check('assertIsNot', 1, 2)
check('assertIsNot', None, None)
check('assertIsNone', None)
check('assertIsNone', 0)
check('assertIsNotNone', 0)
check('assertIsNotNone', None)
check('assertIn', 1, [1, 2])
check('assertIn', 'z', 'abc')
check('assertIn', 5, {1: 2})
check('assertNotIn', 3, (1, 2))
check('assertNotIn', 'b', 'abc')
check('assertIsInstance', 1, int)
check('assertIsInstance', 1, str)
check('assertIsInstance', 'x', (int, float))
check('assertIsInstance', True, int)
check('assertNotIsInstance', 1, str)
check('assertNotIsInstance', True, bool)
check('assertGreater', 2, 1)
check('assertGreater', 1, 1)
check('assertGreaterEqual', 1, 1)
check('assertGreaterEqual', 0, 1)
check('assertLess', 'a', 'b')
check('assertLess', 2, 1)
check('assertLessEqual', 1, 1)
check('assertLessEqual', 3, 2.5)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=0)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertAlmostEqual', 5, 5)
check('assertNotAlmostEqual', 1.0, 1.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertListEqual', [1], [1])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), [1])
check('assertTupleEqual', (), (None,))
check('assertDictEqual', {'a': 1}, {'a': 1})
check('assertDictEqual', {'a': 1}, {'a': 2})
check('assertDictEqual', [], {})
check('assertSetEqual', {1}, {1})
check('assertSetEqual', set(), {3})
check('assertSetEqual', {4}, set())
check('assertSetEqual', None, set())
check('assertCountEqual', [1, 2, 2], [2, 1, 2])
check('assertCountEqual', [1, 2, 2], [2, 1, 1])
check('assertCountEqual', 'abc', 'abd')
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1]], [[1], [1]])
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], (1, 5))
check('assertMultiLineEqual', 'same', 'same')
check('assertMultiLineEqual', 'one\ntwo\n', 'one\nthree\n')
check('assertMultiLineEqual', 'no newline', 'no newline\n')
check('assertMultiLineEqual', '', 'text')
check('assertEqual', 'player hp 10\nmana 5', 'player hp 12\nmana 5')
check('assertEqual', list(range(200)), list(range(199)))
t.maxDiff = None
check('assertEqual', list(range(30)), list(range(1, 31)))
t.maxDiff = 640
check('assertEqual', {'goblin': [1, 2], 'orc': (3, 4)}, {'goblin': [1, 2], 'orc': (3, 5), 'elf': None})
try:
    t.assertEqual(BadRepr(), 1)
except AssertionError as e:
    text = str(e)
    print('bad repr:', text[:text.index(' at 0x')], text.endswith('> != 1'))
check('assertIn', 'x' * 90, ['y'])
for name in ('assertEqual', 'assertIn', 'assertIs'):
    try:
        getattr(t, name)(1, [])
    except AssertionError as e:
        print(name, repr(str(e)))

t.longMessage = False
check('assertEqual', 1, 2, 'only mine')
check('assertEqual', 1, 2)
check('assertTrue', 0, 'just this')
t.longMessage = True

try:
    t.fail('given up')
except AssertionError as e:
    print('fail:', e)
try:
    t.fail()
except AssertionError as e:
    print('fail():', e.args)


class Other(Exception):
    pass


class WithOwnFailure(unittest.TestCase):
    failureException = Other

    def runTest(self):
        pass


try:
    WithOwnFailure().assertEqual(1, 0)
except Other as e:
    print('failureException:', type(e).__name__, e)

class Point:
    def __init__(self, x):
        self.x = x


def points_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(t._formatMessage(msg, 'points differ: %r != %r' % (a.x, b.x)))


t.addTypeEqualityFunc(Point, points_equal)
check('assertEqual', Point(1), Point(1))
check('assertEqual', Point(1), Point(2), 'with msg')

print(unittest.TestCase.failUnless is not None, hasattr(t, 'assertRaisesRegexp'))
