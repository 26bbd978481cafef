# assertRegex / assertNotRegex / assertRaisesRegex search with the pattern subset lib/unittest.py
# matches itself while the VM has no re module (CPython uses re: the oracle): literals and
# escapes, ., classes and ranges, negated classes, \d \w \s and their negations, * + ? {m}
# {m,n} {m,} (greedy, backtracking), lazy forms, ^ and $, groups, (?:), alternation.
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()

cases = [
    ('switch_trap', 'switch_trap level is 1'),
    ('Deadlock', 'no deadlock'),
    ('takes no arguments|expected 0 arguments', 'f() expected 0 arguments, got 1'),
    ('takes no arguments|expected 0 arguments', 'f() takes 2 positional arguments'),
    ('^abc', 'abcdef'),
    ('^abc', 'xabc'),
    ('def$', 'abcdef'),
    ('def$', 'abcdef\n'),
    ('def$', 'defg'),
    ('a.c', 'abc'),
    ('a.c', 'a\nc'),
    (r'code \d+', 'code 123'),
    (r'code \d+', 'code x'),
    (r'\w+@\w+\.com', 'mail bob@example.com now'),
    (r'\s\S', 'ab'),
    (r'\s\S', 'a b'),
    (r'\D\W', '1-'),
    (r'\D\W', 'a-'),
    ('[a-c]x', 'dx bx'),
    ('[^a-c]x', 'ax bx'),
    ('[^a-c]x', 'ax dx'),
    ('[-a]z', 'z -z'),
    (r'[\d.]+$', 'version 3.11'),
    ('colou?r', 'color'),
    ('colou?r', 'colouur'),
    ('ab*c', 'ac'),
    ('ab+c', 'ac'),
    ('ab+c', 'abbbc'),
    ('a{3}', 'aa'),
    ('a{3}', 'aaaa'),
    ('^a{2,3}$', 'aaaa'),
    ('^a{2,3}$', 'aaa'),
    ('^a{2,}$', 'aaaaa'),
    ('^(ab)+$', 'ababab'),
    ('^(ab)+$', 'ababa'),
    ('^(?:x|yz)*q$', 'xyzxq'),
    ('^(?:x|yz)*q$', 'xyq'),
    ('^.*end$', 'the end'),
    ('^.*?end$', 'the end'),
    ('a.*b.*c', 'axxbyyc'),
    ('a.*b.*c', 'axxcyyb'),
    (r'\(P0\)', 'doc (P0) here'),
    (r'\.', 'no dot'),
    ('', 'anything'),
    ('.*', ''),
    ('(a|ab)(c|bcd)(d*)$', 'abcd'),
    ("can't", "can't switch"),
    ('tasklet is (not )?alive', 'tasklet is not alive'),
    ('[0-9][0-9]*', 'abc'),
]

for pattern, text in cases:
    try:
        t.assertRegex(text, pattern)
    except AssertionError as e:
        print('no ', e)
    else:
        print('yes', repr(pattern), repr(text))
    try:
        t.assertNotRegex(text, pattern)
    except AssertionError as e:
        print('   ', e)

try:
    t.assertRegex('abc', 'x', 'extra')
except AssertionError as e:
    print(e)
