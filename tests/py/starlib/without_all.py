# No __all__: `import *` binds every name not starting with an underscore, imported modules too.
import math

alpha = 1
beta = [2, 3]
_private = "never"


def helper(x):
    return x * 10
