# pprint.pformat as unittest's diffs use it: reprs that fit the width (dict keys sorted, mixed
# key types ordered by type name), one item per line otherwise for lists, tuples (and the
# 1-tuple's comma), sets, frozensets, dicts, nested containers at their indentation, and long
# strings split into adjacent literals at whitespace and line ends; width=.
import pprint

values = [
    [1, 2, 3],
    {'b': 1, 'a': 2, 'c': [3, 4]},
    {3: 'x', 'k': 1, 1.5: None},
    list(range(40)),
    tuple(range(30)),
    (('single element tuple that is rather long, long enough to wrap the line',),),
    set(range(30)),
    frozenset(range(25)),
    {'key%02d' % i: list(range(i)) for i in range(8)},
    [{'name': 'goblin', 'hp': 10, 'pos': (1, 2)}, {'name': 'orc', 'hp': 25, 'pos': (3, 4)}, {'name': 'troll', 'hp': 80}],
    'short string',
    'a long string with many words that will certainly not fit into a single line of eighty characters at all',
    'first line\nsecond line that is very long indeed and goes on and on and on and on and on beyond\nthird\n',
    ['inside a list: a long string with many words that will not fit in the width of the line at all'],
    [[1, 2, [3, 4, [5, 6, list(range(20))]]]],
    [],
    {},
    set(),
    (),
]
for v in values:
    print(pprint.pformat(v))
print(pprint.pformat(list(range(12)), width=20))
print(pprint.pformat({'a': [1, 2, 3], 'b': 'text'}, width=10))
pprint.pprint({'z': 1, 'y': (2,)})
