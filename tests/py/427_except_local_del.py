# Objects with __del__ held by locals of the frames an exception passed through are finalized
# when the exception goes (end of the handler), innermost frame first.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def inner():
    r = Res("inner")
    raise KeyError("k")

def middle():
    r = Res("middle")
    inner()

def outer():
    r = Res("outer")
    try:
        middle()
    except KeyError:
        print("outer handles")
    print("outer goes on")

outer()
print("done")
