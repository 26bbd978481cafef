# A generator's methods taken from its type take the generator as their first argument.
def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
        yield 3
    finally:
        print("closing")

G = type(gen())
g = gen()
print(G.__next__(g))
print(G.send(g, 5))
try:
    G.throw(g, KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(G.close(g), G.close(gen()))
h = gen()
print(next(h), G.close(h))
for bad in (lambda: G.send(5, 1), lambda: G.__next__(), lambda: G.close([]), lambda: G.send(gen())):
    try:
        bad()
    except TypeError as e:
        print("TypeError")
print(list(map(G.__next__, [gen(), gen()])))
