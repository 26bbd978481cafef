# At program exit, a generator that module globals hold, suspended inside try/finally or a
# with block, is closed: its finally block and __exit__ run after the last line of __main__.
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def counter(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("counter finally", label)

def guarded():
    with Guard("g"):
        yield "inside"
    print("not reached")

first = counter("first")
print(next(first), next(first))
second = guarded()
print(next(second))
finished = counter("finished")
next(finished)
finished.close()
print("main done")
