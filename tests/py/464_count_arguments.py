# Counts and positions CPython converts to C integers: past ssize_t (or int, for splitlines'
# keepends) they raise OverflowError; they must be ints (found by the program fuzzer).
cases = [
    ("split", lambda n: 'a b c'.split(maxsplit=n)),
    ("split sep", lambda n: 'a,b,c'.split(',', n)),
    ("rsplit", lambda n: 'a b c'.rsplit(None, n)),
    ("rsplit sep", lambda n: 'a,b'.rsplit(',', n)),
    ("bytes split", lambda n: b'a b'.split(None, n)),
    ("splitlines", lambda n: 'a\nb\r\nc'.splitlines(n)),
    ("replace", lambda n: 'aaa'.replace('a', 'b', n)),
    ("list.insert", lambda n: [1, 2].insert(n, 5)),
    ("list.pop", lambda n: [1, 2].pop(n)),
    ("bytearray.insert", lambda n: bytearray(b'ab').insert(n, 5)),
    ("bytearray.pop", lambda n: bytearray(b'ab').pop(n)),
]
for name, f in cases:
    for n in (2**70, -2**70, 2**63, -2**63 - 1, 2**63 - 1, 2**31, -1, 0, 1, True, None, 'x', 1.5):
        try:
            print(name, n, f(n))
        except (OverflowError, TypeError, IndexError) as e:
            print(name, n, type(e).__name__, e)
xs = [1, 2, 3]
xs.insert(-2**63, 0)
xs.insert(2**63 - 1, 4)
print(xs, xs.pop(-1), xs.pop(0), xs)
