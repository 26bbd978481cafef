# A suspended generator held by a local of a frame that an exception left is closed after
# the except block that catches the exception (CPython keeps the frame in the traceback).
def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker closed")

def work():
    g = ticker()
    print("got", next(g))
    raise ValueError("stop")

try:
    work()
except ValueError as e:
    print("handler sees", e)
    print("still in handler")
print("after handler")
