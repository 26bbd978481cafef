# from module import *: __all__ decides when the module has one (a private name in it too);
# otherwise every public name, modules the module imported included, and no _name.
from starlib.with_all import *
from starlib.without_all import *
from math import *

print(visible, _chosen, Shape.sides)
print("hidden" in globals(), "_private" in globals())
print(alpha, beta, helper(4), math.floor(2.5))
print(sqrt(16.0), floor(pi), "pi" in globals())


def later():
    # names bound by import * are ordinary globals
    return alpha + len(beta)


print(later())
alpha = 100
print(later())
import starlib.without_all as w
print(w.alpha, sorted(n for n in vars(w) if not n.startswith("__")))
