# Inline caches of global and module attribute lookups (vm/caches.ts): each lookup runs in a loop
# so its cache is warm before the change that must invalidate it.
import math
import helper_cache_mod as hm

def get_x():
    return x

x = 1
seen = []
for i in range(6):
    if i == 2:
        x = 2                # rebinding a global: same key, new value
    if i == 4:
        x = "four"
    seen.append(get_x())
print(seen)

def use_len(s):
    return len(s)

out = []
for i in range(8):
    if i == 2:
        len = lambda s: -1   # a global shadows the builtin
    if i == 4:
        del len              # deleting it: the builtin shows through again
    if i == 6:
        globals()["len"] = lambda s: 100  # through the globals dict
    out.append(use_len("abc"))
print(out)
del globals()["len"]
print(use_len("abcd"))

def missing():
    return not_yet_defined

for i in range(3):
    try:
        print(missing())
    except NameError as e:
        print("NameError:", e)
    if i == 1:
        not_yet_defined = "now defined"

# a builtin replaced in the builtins module itself
import builtins
def absolute(v):
    return abs(v)
for i in range(4):
    if i == 2:
        saved = builtins.abs
        builtins.abs = lambda v: "patched"
    print(absolute(-3))
builtins.abs = saved
print(absolute(-3))

# many globals added after the cache is warm (the dict grows and its entries move)
def read_y():
    return y
y = "y0"
vals = []
for i in range(40):
    globals()["filler%d" % i] = i
    if i == 20:
        y = "y1"
    vals.append(read_y())
print(vals[0], vals[20], vals[39], len(vals))

# module attributes
def sq(v):
    return math.sqrt(v)
res = []
for i in range(6):
    if i == 2:
        math.sqrt = lambda v: "fake sqrt"
    if i == 4:
        del math.sqrt
        try:
            sq(4)
        except AttributeError as e:
            res.append("AttributeError")
        math.sqrt = lambda v: v * 10
    res.append(sq(4))
print(res)

def mod_value():
    return hm.VALUE
got = []
for i in range(6):
    if i == 2:
        hm.VALUE = "changed from outside"
    if i == 4:
        hm.bump()
    got.append(mod_value())
print(got)
for i in range(3):
    print(hm.describe())
    hm.describe = lambda: "replaced describe"
