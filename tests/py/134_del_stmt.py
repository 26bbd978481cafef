# del statement: names, list items and slices, dict keys, attributes, NameError afterwards
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, "p"), o.q)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in globals(), 'c' in globals())
nested = [[1, 2, 3], [4, 5, 6]]
del nested[1][0], nested[0][-1]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
m = {"k": [1, 2, 3]}
del m["k"][1]
print(m)
s = list("abcdef")
del s[:]
print(s)
try:
    del [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
