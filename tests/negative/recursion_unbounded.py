# Unbounded recursion with the default recursion limit: RecursionError, exit status 1.
def forever(n):
    return forever(n + 1) + 1

print("start")
forever(0)
