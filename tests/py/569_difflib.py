# difflib as unittest's messages use it: SequenceMatcher's matching blocks, opcodes and ratios
# (junk elements, the "popular" elements of a sequence of 200 or more left out of the index,
# ties resolved earliest-first), find_longest_match, and ndiff's lines with the '?' markers
# (similar lines paired at ratio 0.75, tabs kept under markers, plain replace otherwise).
import difflib

pairs = [
    ('abcd', 'bcde'),
    ('qabxcd', 'abycdf'),
    ('private Thread currentThread;', 'private volatile Thread currentThread;'),
    ('', 'abc'),
    ('abc', ''),
    ('same', 'same'),
    ('a' * 250 + 'b', 'a' * 249 + 'bc'),
    ([1, 2, 3, 4, 5], [1, 3, 4, 6, 5]),
]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print([tuple(m) for m in s.get_matching_blocks()])
    print(s.get_opcodes())
    print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))

s = difflib.SequenceMatcher(lambda c: c == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.get_opcodes())
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
m = s.find_longest_match(0, 5, 0, 9)
print(m.a, m.b, m.size, m == (0, 4, 5))


def show(a, b):
    lines = list(difflib.ndiff(a, b))
    print(''.join(lines), end='')
    print('--')


show(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])
show(['abc\n'], ['abd\n'])
show(['x\n'], ['x!\n'])
show(['a\n', 'b\n'], ['c\n', 'd\n', 'e\n'])
show(['\tindented line\n'], ['\tindented lime\n'])
show(['same\n', 'old line here\n', 'tail\n'], ['same\n', 'new line here\n', 'tail\n'])
show(['1\n', '2\n', '3\n'], ['1\n', '2\n', '3\n'])
show(['keep\n', 'x\n', 'keep2\n'], ['keep\n', 'keep2\n'])
show(['apple pie\n', 'banana\n'], ['banana\n', 'apple pies\n'])
show(['[1, 2, 3]'], ['[1, 2, 4]'])
show(['{1: 2}'], ['{1: 3, 4: 5}'])
show(['  leading\n', 'text\n'], ['leading\n', 'text\n'])
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'), difflib.IS_LINE_JUNK(' # \n'),
      difflib.IS_LINE_JUNK('code\n'))
