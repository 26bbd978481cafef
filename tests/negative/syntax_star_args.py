# `*args` parameters are outside the subset. The SyntaxError must point at the starred
# parameter name (line 3, column 19) or at the `def` (line 3, column 1).
def total(first, *rest):
    return first
print("unreachable")
