# 'name' in globals(): module-level definitions, global statements, del, and function locals
x = 10
def f():
    return "f"
class C:
    pass
print('x' in globals(), 'f' in globals(), 'C' in globals(), 'nope' in globals())
def make_global():
    global created
    created = [1, 2]
print('created' in globals())
make_global()
print(created, 'created' in globals())
def local_only():
    hidden = 1
    return 'hidden' in globals(), hidden
print(local_only(), 'hidden' in globals())
temp = "t"
print('temp' in globals())
del temp
print('temp' in globals())
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
for i in range(2):
    pass
print('i' in globals(), i)
sq = [j * j for j in range(3)]
print('j' in globals(), sq)
import math
from collections import deque
print('math' in globals(), 'deque' in globals(), 'sqrt' in globals())
def uses(name):
    return name in globals()
print([uses(n) for n in ["x", "f", "uses", "local_only", "print", "len"]])
(lambda: None)()
print('__name__' in globals(), __name__)
