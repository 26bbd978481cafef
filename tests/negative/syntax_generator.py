# A generator (a function containing `yield`) is outside the subset. The SyntaxError must
# point at the `yield` expression (line 6, column 9) or, failing that, at the `def` of the
# generator function (line 4, column 1).
def count_up(n):
    for i in range(n):
        yield i
print("unreachable")
