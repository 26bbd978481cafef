# Name resolution: locals shadow globals, parameters shadow builtins-like names, nested scopes
value = "global"
def f():
    value = "local f"
    def g():
        return value
    return g()
def h():
    return value
print(f(), h(), value)
def params(value, len_):
    return value + len_
print(params(1, 2), value)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: 99
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abc"))
def unbound():
    try:
        print(v_local)
        v_local = 1
    except NameError:
        print("UnboundLocalError is a NameError")
unbound()
x = 1
def outer():
    x = 2
    def inner():
        x = 3
        return x
    r = inner()
    return x, r
print(outer(), x)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def comp_scope():
    i = "kept"
    squares = [i * i for i in range(3)]
    return i, squares
print(comp_scope())
