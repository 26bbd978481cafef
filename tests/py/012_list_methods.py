# List methods: append pop insert index count extend remove reverse
xs = []
xs.append(3)
xs.append(1)
xs.append(4)
print(xs)
xs.insert(0, 9)
xs.insert(2, 7)
xs.insert(100, 8)
print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.extend([1, 5, 1])
print(xs, xs.count(1), xs.count(42))
print(xs.index(4), xs.index(1))
xs.remove(1)
print(xs)
xs.reverse()
print(xs)
stack = []
for c in "abc":
    stack.append(c)
out = ""
while stack:
    out = out + stack.pop()
print(out)
try:
    xs.remove(99)
except ValueError:
    print("remove missing -> ValueError")
try:
    [].pop()
except IndexError:
    print("pop empty -> IndexError")
try:
    xs.index(99)
except ValueError:
    print("index missing -> ValueError")
q = [1, 2, 3]
q.pop(1)
print(q)
