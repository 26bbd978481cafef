# Decorators are outside the subset. The SyntaxError must point at the decorator
# expression (line 7, column 2: the name after `@`) or at the decorated `def`
# (line 8, column 1).
def trace(f):
    return f

@trace
def work():
    return 1
print("unreachable")
