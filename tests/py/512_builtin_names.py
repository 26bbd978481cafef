# A builtin's __name__, for functions, methods bound to an object and module functions (code
# written for Stackless reads func.__name__ of channel.send and the like).
import math
import sys
print(len.__name__, print.__name__, [].append.__name__, "".join.__name__, {}.get.__name__)
print(math.sqrt.__name__, sys.exc_info.__name__, iter([]).__next__.__name__, (1).bit_length.__name__)
names = [f.__name__ for f in (abs, min, max, sorted, isinstance, getattr)]
print(names)
try:
    len.__name__ = "x"
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
