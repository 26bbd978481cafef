# A math function called with the wrong number of arguments says so in CPython's words.
import math
for f,a in ((math.sqrt,()),(math.log,()),(math.pow,(1,)),(math.comb,(1,)),(math.ldexp,(1,)),(math.copysign,()),(math.fmod,(1,2,3)),(math.isqrt,(1,2)),(math.factorial,()),(math.trunc,(1,2)),(math.ceil,()),(math.isnan,(1,2)),(math.frexp,()),(math.modf,(1,2))):
    try: f(*a); print('ok', f.__name__)
    except TypeError as e: print(e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(e)
