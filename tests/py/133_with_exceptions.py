# Exceptions crossing with blocks: in body, in enter, in exit; finally and with interplay
class Tx:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db)
        return self.db
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.db.clear()
            self.db.update(self.snapshot)
            print("rollback because", repr(ev))
        else:
            print("commit", sorted(self.db.items()))
        return False

db = {"a": 1}
with Tx(db) as d:
    d["b"] = 2
try:
    with Tx(db) as d:
        d["c"] = 3
        d["a"] = 100
        raise ValueError("bad write")
except ValueError:
    pass
print(sorted(db.items()))

def ops(n):
    try:
        with Tx(db) as d:
            d["n"] = n
            if n == 2:
                raise KeyError("two")
            return "returned %d" % n
    except KeyError as e:
        return "caught " + str(e)
    finally:
        print("finally for", n)
print(ops(1))
print(ops(2))
print(sorted(db.items()))

class Count:
    entered = 0
    exited = 0
    def __enter__(self):
        Count.entered += 1
    def __exit__(self, *a):
        Count.exited += 1
for i in range(6):
    try:
        with Count():
            if i % 3 == 0:
                raise IndexError(i)
            if i == 4:
                break
    except IndexError as e:
        print("index error", e.args[0])
print(Count.entered, Count.exited)
