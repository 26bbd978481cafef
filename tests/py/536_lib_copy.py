# copy: shallow and deep copies of builtin containers, cycles and shared references through the
# memo, instances of user classes (default reduction, __copy__/__deepcopy__, __getstate__/
# __setstate__, __getnewargs__, __reduce__), list/dict subclasses, exceptions, and the errors.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"


class Tagged(list):
    pass


class Registry(dict):
    pass


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__")
        return Custom(self.v + ["shallow"])

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ["deep"])


class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        print("getstate")
        return {"a": self.a}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.cache = None


class WithNew:
    def __new__(cls, n):
        print("new", n)
        obj = object.__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class NoInit:
    def __init__(self):
        raise RuntimeError("copy must not call __init__")


for x in [1, 2.5, "s", b"b", None, True, (1, 2), frozenset([1]), range(3), len, Point, copy.copy]:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)

lst = [1, [2, 3], {"k": [4]}]
sh = copy.copy(lst)
dp = copy.deepcopy(lst)
print(sh == lst, sh is lst, sh[1] is lst[1], dp[1] is lst[1], dp[2]["k"] is lst[2]["k"], dp == lst)
d = {"a": [1], "b": (2, [3])}
print(copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["b"][1] is d["b"][1], copy.deepcopy(d) == d)
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, type(copy.deepcopy(frozenset([1, 2]))))
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1])
one = (1, "a")
print(copy.deepcopy(one) is one, copy.copy(one) is one)

shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
loop = [1]
loop.append(loop)
cl = copy.deepcopy(loop)
print(cl[1] is cl, cl is not loop)
cyc = {"self": None}
cyc["self"] = cyc
print(copy.deepcopy(cyc)["self"] is not cyc)
tl = ([],)
tl[0].append(tl)
ct = copy.deepcopy(tl)
print(ct[0][0] is ct, ct is not tl)

memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(id(a) in memo, memo[id(a)] is b[0], id(memo) in memo, copy.deepcopy(a, memo) is b[0])
pre = {id(a): "replaced"}
print(copy.deepcopy([a], pre))

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.y is p.y, r.y is p.y, type(r) is Point)
o = object.__new__(NoInit)
o.v = 5
print(copy.copy(o).v, copy.deepcopy(o).v)
tg = Tagged([1, [2]])
tg.label = "L"
tc = copy.copy(tg)
td = copy.deepcopy(tg)
print(type(tc).__name__, tc, tc.label, tc[1] is tg[1], td[1] is tg[1], td.label)
rg = Registry(a=[1])
rg.owner = "me"
rc = copy.deepcopy(rg)
print(type(rc).__name__, rc, rc["a"] is rg["a"], rc.owner)
cu = Custom([1])
print(copy.copy(cu).v, copy.deepcopy(cu).v)
holder = [cu, cu]
h2 = copy.deepcopy(holder)
print(h2[0] is h2[1])
st = copy.copy(Stateful())
print(st.a, st.cache)
wn = copy.deepcopy(WithNew(7))
print(wn.n)
rd = copy.deepcopy(Reduced([1], "b"))
print(rd.a, rd.b)
e = copy.copy(ValueError("bad", 2))
print(type(e).__name__, e.args)
ed = copy.deepcopy(KeyError([1]))
print(type(ed).__name__, ed.args)


def gen():
    yield 1


for bad in [gen()]:
    for f in (copy.copy, copy.deepcopy):
        try:
            f(bad)
        except TypeError as ex:
            print("TypeError:", ex)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
