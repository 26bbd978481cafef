# map with several iterables, filter with None and functions, laziness and exhaustion
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False])))
print(list(filter(lambda w: len(w) > 2, "a bb ccc dddd".split())))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])), list(filter(None, ())))
m = map(lambda x: x * 10, range(4))
print(next(m), list(m), list(m))
calls = []
def tracked(x):
    calls.append(x)
    return x % 2 == 0
f = filter(tracked, range(6))
print(calls)
print(next(f), calls)
print(list(f), calls)
print(sum(map(int, "12345")), "".join(map(chr, [72, 105])), sorted(map(abs, [-3, 1, -2])))
words = ["Hello", "World"]
print(list(map(str.upper, words)), list(map(len, words)))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
nested = list(map(lambda r: list(filter(lambda v: v > 1, r)), [[1, 2, 3], [0, 5]]))
print(nested, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
