# Parameterised decorators, class-based decorators, decorating methods, retry logic
import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return w
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"), hello.__name__)
def retry(attempts, exc=Exception):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a):
            for i in range(1, attempts + 1):
                try:
                    return fn(*a)
                except exc as e:
                    print("attempt %d failed: %s" % (i, e))
            return None
        return w
    return deco
state = {"n": 0}
@retry(4, ValueError)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet %d" % state["n"])
    return "success after %d" % state["n"]
print(flaky())
class CountCalls:
    def __init__(self, fn):
        self.__name__ = fn.__name__
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.n, square.__name__)
def validate_positive(method):
    @functools.wraps(method)
    def w(self, v):
        if v <= 0:
            raise ValueError("%s needs positive, got %d" % (method.__name__, v))
        return method(self, v)
    return w
class Account:
    bal = 0
    @validate_positive
    def deposit(self, v):
        self.bal += v
        return self.bal
acct = Account()
print(acct.deposit(5), acct.deposit(7))
try:
    acct.deposit(-1)
except ValueError as e:
    print(e, acct.deposit.__name__)
