# A __del__ that raises at exit: the error is reported on stderr and ignored; the next
# finalizers still run and the status is 0.
class Bad:
    def __del__(self):
        print("bad del")
        raise RuntimeError("in del")

class Good:
    def __del__(self):
        print("good del")

bad = Bad()
good = Good()
print("main done")
