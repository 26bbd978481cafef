# try/finally interplay with methods, return overriding, re-raise of user exceptions
class Abort(Exception):
    def __init__(self, stage):
        super().__init__("abort at " + stage)
        self.stage = stage

class Pipeline:
    def __init__(self, stages):
        self.stages = stages
        self.log = []
    def run(self, x):
        for name, fn in self.stages:
            try:
                self.log.append("start " + name)
                x = fn(x)
            except ZeroDivisionError:
                self.log.append("zero in " + name)
                raise Abort(name)
            finally:
                self.log.append("end " + name)
        return x

p = Pipeline([("inc", lambda v: v + 1), ("inv", lambda v: 100 // v), ("dbl", lambda v: v * 2)])
print(p.run(4), p.log)
p.log = []
try:
    p.run(-1)
except Abort as e:
    print("aborted:", e.stage, e, "| cause:", e.__cause__, "| ctx:", type(e.__context__).__name__)
print(p.log)

def override():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(override())

def reraiser(n):
    try:
        if n:
            raise Abort("r%d" % n)
    except Abort as e:
        if n > 1:
            raise
        return "handled " + e.stage
    return "clean"
for n in range(3):
    try:
        print(reraiser(n))
    except Abort as e:
        print("reraised", repr(e))
def count_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(count_finally())
