# Implicit exception chaining: __context__ set when raising inside except/finally
def step(n):
    try:
        if n == 0:
            raise KeyError("first")
        return n
    except KeyError:
        raise ValueError("second")

try:
    step(0)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)

try:
    try:
        raise IndexError("a")
    except IndexError:
        try:
            raise KeyError("b")
        except KeyError:
            raise RuntimeError("c")
except RuntimeError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("in try")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e, e.__context__)

try:
    try:
        raise ValueError("v")
    finally:
        raise TypeError("t from finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))

def handler():
    try:
        raise OSError("disk")
    except OSError as err:
        return err
er = handler()
print(repr(er), er.__context__)
try:
    raise AttributeError("x")
except AttributeError:
    pass
try:
    raise NameError("fresh")
except NameError as e:
    print(repr(e), e.__context__)
