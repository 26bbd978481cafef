# Decorators with functools.wraps: __name__/__doc__ preserved, call logging, stacking order
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    return wrapper

def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner

@logged
def add(a, b=0):
    "Add two numbers."
    return a + b

@plain
def sub(a, b):
    return a - b

add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 1))
print(sub.__name__, sub(5, 2))

def tag(name):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return w
    return deco

@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"), text.__name__)

calls = []
def trace(fn):
    @functools.wraps(fn)
    def w(n):
        calls.append(n)
        return fn(n)
    return w
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(6), calls, fact.__qualname__)

def once(fn):
    done = {}
    @functools.wraps(fn)
    def w():
        if "v" not in done:
            done["v"] = fn()
        return done["v"]
    return w
@once
def expensive():
    print("computing...")
    return 42
print(expensive(), expensive(), expensive.__name__)
