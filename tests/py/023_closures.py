# Closures capture variables of enclosing functions
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_multipliers():
    fs = []
    for i in range(4):
        def mul(x, i=i):
            return x * i
        fs.append(mul)
    return fs
print([f(10) for f in make_multipliers()])
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return [f(0) for f in fs]
print(late_binding())
def outer():
    v = "outer"
    def middle():
        def inner():
            return v + "!"
        return inner()
    return middle()
print(outer())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def counter_view():
    data = []
    def add(v):
        data.append(v)
        return len(data)
    return add
c = counter_view()
c("a")
c("b")
print(c("c"))
