# generator.close(): GeneratorExit at the yield, finally blocks, closing finished generators
def resource(name):
    print("acquire", name)
    try:
        while True:
            yield name
    finally:
        print("release", name)

r = resource("db")
print(next(r), next(r))
r.close()
print("closed")
r.close()
try:
    next(r)
except StopIteration:
    print("next after close -> StopIteration")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catcher()
next(c)
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))

never = resource("never-started")
never.close()
print("unstarted close prints nothing")
def done():
    yield 1
d = done()
print(list(d))
d.close()
print("close on finished is fine")
def gen_with_return():
    try:
        yield 1
    except GeneratorExit:
        print("exit handled, returning")
        return
g = gen_with_return()
next(g)
print(g.close())
