# itertools: every function's results (finite prefixes of the infinite ones), laziness where it
# shows (shared iterators, tee buffers, groupby's invalidated groups) and CPython's messages.
import itertools
from itertools import (count, cycle, repeat, chain, islice, takewhile, dropwhile, accumulate, product,
                       permutations, combinations, combinations_with_replacement, groupby, zip_longest,
                       starmap, compress, filterfalse, tee, pairwise)
import operator


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", list(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(repr(count(3)), repr(count(1.5, 2)), repr(repeat("a", 2)), repr(repeat(None)))
c = count(7)
print(next(c), next(c), c)
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat(1, 3)), list(repeat(1, -2)))
print(list(chain("ab", [1], ())), list(chain()), list(chain.from_iterable(["xy", (1, 2)])))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)), list(islice("abc", 0, 10, 3)), list(islice("abc", 5, 2)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2)), next(it))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(bool, [])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(accumulate([], initial=1)), list(accumulate([])), list(accumulate([2, 3], operator.mul)))
print(list(product("ab", [1, 2])), list(product()), list(product([1, 2], repeat=2)), list(product([], [1])))
print(list(product("ab", repeat=0)))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)), list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations("ab", 0)), list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
print([(k, list(g)) for k, g in groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = groupby("aaab")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("xy", 3)
print(list(x), list(y), list(z), tee([1], 0))
evens = filter(lambda n: n % 2 == 0, count())
print(list(islice(evens, 4)), list(islice(map(lambda n: n * n, count(1)), 3)))

err(islice, [], -1)
err(islice, [], -1, 2)
err(islice, [], "a")
err(islice, [], 0, 1, 0)
err(islice, [])
err(islice, 1, 2)
err(count, "a")
err(repeat, 1, "a")
err(chain, 1)
err(chain.from_iterable, 1)
err(permutations, [1], -1)
err(combinations, [1], -1)
err(combinations_with_replacement, [1], -1)
err(product, [1], repeat=-1)
err(tee, [], -1)
for f in (cycle, zip_longest, pairwise, groupby):
    err(f, 1)
for f in (starmap, takewhile, dropwhile, filterfalse, accumulate):
    err(f, len, 1) if f is not accumulate else err(f, 1)
err(compress, 1, [])
err(combinations, 1, 2)
err(starmap, pow, [1])
