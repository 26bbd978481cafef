# assertRaises and assertRaisesRegex in both forms: with a callable (and its arguments), and as
# a context manager whose .exception is the exception caught; the "not raised" messages (with
# the callable's name), an unexpected exception passing through, exception tuples and
# subclasses, msg=, the argument checks, and the pattern mismatch message.
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def boom(kind, text="boom"):
    raise kind(text)


def quiet(*args, **kwargs):
    return args, kwargs


class Appish(Exception):
    pass


class SubAppish(Appish):
    pass


def attempt(label, fn):
    try:
        r = fn()
    except AssertionError as e:
        print(label, '-> AssertionError:', e)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '-> passes, returns', r)


attempt('callable raises', lambda: t.assertRaises(ValueError, boom, ValueError))
attempt('callable kwargs', lambda: t.assertRaises(KeyError, boom, kind=KeyError, text='k'))
attempt('callable quiet', lambda: t.assertRaises(ValueError, quiet, 1, x=2))
attempt('lambda quiet', lambda: t.assertRaises(ValueError, lambda: None))
attempt('builtin quiet', lambda: t.assertRaises(ValueError, int, '3'))
attempt('other exception', lambda: t.assertRaises(ValueError, boom, TypeError, 'not mine'))
attempt('subclass', lambda: t.assertRaises(Appish, boom, SubAppish))
attempt('tuple', lambda: t.assertRaises((KeyError, Appish), boom, SubAppish))
attempt('tuple quiet', lambda: t.assertRaises((KeyError, IndexError), quiet))
attempt('not an exception', lambda: t.assertRaises(int, quiet))
attempt('bad tuple', lambda: t.assertRaises((ValueError, 3), quiet))
attempt('stray keyword', lambda: t.assertRaises(ValueError, other=1))


def cm_caught():
    with t.assertRaises(ZeroDivisionError) as cm:
        1 / 0
    return type(cm.exception).__name__, str(cm.exception), cm.exception.args


def cm_quiet():
    with t.assertRaises(IndexError):
        pass


def cm_quiet_msg():
    with t.assertRaises(IndexError, msg='expected an index error'):
        [][:0]


def cm_other():
    with t.assertRaises(IndexError):
        {}['k']


def cm_custom():
    with t.assertRaises(Appish) as cm:
        raise SubAppish('a', 2)
    return cm.exception.args, isinstance(cm.exception, SubAppish)


def cm_after():
    with t.assertRaises(ValueError) as cm:
        int('nope')
    return 'continues after the block', cm.expected.__name__


attempt('cm caught', cm_caught)
attempt('cm quiet', cm_quiet)
attempt('cm quiet msg', cm_quiet_msg)
attempt('cm other', cm_other)
attempt('cm custom', cm_custom)
attempt('cm after', cm_after)

attempt('regex callable', lambda: t.assertRaisesRegex(ValueError, 'inval', int, 'x'))
attempt('regex mismatch', lambda: t.assertRaisesRegex(ValueError, '^x', int, 'x'))
attempt('regex quiet', lambda: t.assertRaisesRegex(ValueError, 'x', quiet))


def regex_cm():
    with t.assertRaisesRegex(Appish, r'code \d+') as cm:
        raise Appish('error code 42 here')
    return cm.exception.args


def regex_cm_mismatch():
    with t.assertRaisesRegex(Appish, r'code \d+'):
        raise Appish('error code none')


def regex_cm_msg():
    with t.assertRaisesRegex(Appish, 'never', msg='context'):
        raise Appish('something')


attempt('regex cm', regex_cm)
attempt('regex cm mismatch', regex_cm_mismatch)
attempt('regex cm msg', regex_cm_msg)
attempt('old spelling', lambda: t.assertRaisesRegexp(KeyError, 'k', boom, KeyError, 'k'))


class InTests(unittest.TestCase):
    def test_raises_in_test(self):
        with self.assertRaises(TypeError) as cm:
            len(5)
        self.assertIn('has no len', str(cm.exception))

    def test_not_raised_fails_the_test(self):
        with self.assertRaises(TypeError):
            len('five')


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(InTests).run(result)
print(result.testsRun, len(result.failures), result.failures[0][0].id())
print(result.failures[0][1].strip().split('\n')[-1])
