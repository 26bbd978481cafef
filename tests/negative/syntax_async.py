# `async def` is outside the subset: SyntaxError at line 5, column 5 (the `async` keyword
# of the nested coroutine definition).
def outer():
    x = 1
    async def inner():
        return x
    return inner
print("unreachable")
