# __del__ runs deterministically when the last reference goes away (refcounting)
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

a = Res("a")
del a
print("after del a")
b = Res("b")
c = b
del b
print("b still referenced")
del c
print("after del c")
def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")
x = Res("x1")
x = Res("x2")
print("rebound")
del x
items = [Res("l1"), Res("l2")]
items.pop()
print("popped")
items.clear()
print("cleared")
holder = {"k": Res("dict")}
holder["k"] = None
print("replaced in dict")
class Owner:
    def __init__(self):
        self.child = Res("child")
    def __del__(self):
        print("owner gone")
o = Owner()
del o
print("end")
