# An uncaught exception: the traceback goes to stderr first, then the exit finalizers run and
# print; the exit status stays 1.
class Saver:
    def __del__(self):
        print("saving state")

def gen():
    try:
        yield 1
    finally:
        print("gen finally")

saver = Saver()
g = gen()
next(g)
print("about to fail")
raise ValueError("fatal")
