# e.args, str(e), repr(e) for zero, one and many arguments; builtin error messages
cases = [Exception(), Exception("one"), Exception("a", 2), ValueError(3),
         KeyError("k"), KeyError(), IndexError("i", "j"), RuntimeError(None),
         TypeError(""), OSError("x")]
for e in cases:
    print(type(e).__name__, e.args, "str=%r" % str(e), "repr=%s" % repr(e))

def msg(f):
    try:
        f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
print(msg(lambda: 1 / 0))
print(msg(lambda: 5 % 0))
print(msg(lambda: [1, 2, 3][10]))
print(msg(lambda: (1,)[5]))
print(msg(lambda: {"a": 1}["b"]))
print(msg(lambda: int("12x")))
print(msg(lambda: "a" + 1))
print(msg(lambda: 1 + "a"))
print(msg(lambda: None.foo))
print(msg(lambda: len(3)))
print(msg(lambda: [].pop()))
print(msg(lambda: {}.popitem()))
print(msg(lambda: [1].index(2)))
print(msg(lambda: "abc".index("z")))
print(msg(lambda: float("nan?")))
print(msg(lambda: int(None)))
print(msg(lambda: next(iter([]))))
print(msg(lambda: [1, 2].remove(5)))
print(msg(lambda: "x" * "y"))
print(msg(lambda: {}[[1]]))
print(msg(lambda: ord("ab")))
print(msg(lambda: chr(-1)))
