# A class definition is outside the subset: the compiler must reject it with a
# SyntaxError naming this file, line 6, column 5 (the `class` keyword).
print("this must not run: compilation fails first")
limit = 3
if limit > 2:
    class Point:
        pass
print("unreachable")
