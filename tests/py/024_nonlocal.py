# nonlocal rebinding of enclosing variables; independent counters
def make_counter(start=0):
    count = start
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance = balance + x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance = balance - x
        return balance
    return deposit, withdraw
dep, wd = make_account(50)
print(dep(25), wd(100), wd(30), dep(5))
def outer():
    x = 1
    def mid():
        nonlocal x
        x = x * 10
        def inner():
            nonlocal x
            x = x + 2
        inner()
        inner()
    mid()
    return x
print(outer())
def fib_gen():
    a = 0
    b = 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = fib_gen()
print([f() for i in range(10)])
