# collections.deque: append/appendleft/pop/popleft, extend, rotate, maxlen, indexing, queues
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(d), 7 in d, 99 in d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, window.maxlen)
window.appendleft(100)
print(window)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
q = deque()
for ch in "abc":
    q.append(ch)
order = []
while q:
    order.append(q.popleft())
print(order, bool(q), deque("xyz"), deque(range(5), maxlen=2))
def bfs(graph, start):
    seen, out, frontier = {start}, [], deque([start])
    while frontier:
        n = frontier.popleft()
        out.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                frontier.append(m)
    return out
g = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(g, 1))
ring = deque(range(1, 8))
eliminated = []
while len(ring) > 1:
    ring.rotate(-2)
    eliminated.append(ring.popleft())
print(eliminated, ring[0])
recent = deque(maxlen=4)
for word in "one two three four five six".split():
    recent.appendleft(word)
print(recent, len(recent), sum(len(w) for w in recent))
dd = deque([1, 2, 3])
dd.clear()
print(dd, deque() == deque([]), deque([1, 2]) == deque([1, 2]))
