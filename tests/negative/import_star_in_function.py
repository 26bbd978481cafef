# `from m import *` binds names unknown until it runs: CPython allows it only at module level.
def load():
    from math import *
    return sqrt(4)


print(load())
