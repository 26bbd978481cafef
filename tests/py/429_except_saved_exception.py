# An exception kept in a variable keeps the frames it left (and their locals) until it goes.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def fail():
    r = Res("local")
    raise ValueError("kept")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("handler over, exception saved")
saved = None
print("exception dropped")

try:
    fail()
except ValueError as e:
    print("caught again", e)
    del e
    print("name deleted in the handler")
print("end")
