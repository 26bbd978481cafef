# containers holding themselves: repr writes [...] / {...} for the inner occurrences,
# however many times the container holds itself
r = []
r.append(r)
r.append(r)
r.append(1)
print(r)
print(str(r), len(repr(r)))
d = {}
d["a"] = d
d["b"] = [d, r]
print(d)
t = [r, r, [r, r]]
print(t)
print("%s" % (t,))
print(f"{t}")
# a shared (not cyclic) structure is written out in full
a = [1]
for _ in range(6):
    a = [a, a]
print(len(repr(a)))
