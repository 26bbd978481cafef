# Queue simulation with lists: a bank with two tellers, deterministic arrivals
arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (5, 4), (6, 1), (9, 6), (10, 2)]
queue = []
tellers = [None, None]
busy_until = [0, 0]
served = []
t = 0
next_arrival = 0
while t < 40:
    while next_arrival < len(arrivals) and arrivals[next_arrival][0] == t:
        queue.append(next_arrival)
        next_arrival += 1
    for k in range(2):
        if tellers[k] is not None and busy_until[k] == t:
            served.append((tellers[k], k, t))
            tellers[k] = None
        if tellers[k] is None and queue:
            cust = queue.pop(0)
            tellers[k] = cust
            busy_until[k] = t + arrivals[cust][1]
    if next_arrival == len(arrivals) and not queue and tellers == [None, None]:
        break
    t += 1
for cust, teller, done in served:
    wait = done - arrivals[cust][0] - arrivals[cust][1]
    print("customer %d teller %d done %d waited %d" % (cust, teller, done, wait))
print("finished at", t)
total_wait = sum([done - arrivals[c][0] - arrivals[c][1] for c, k, done in served])
print("average wait", total_wait / len(served))
ring = [1, 2, 3, 4, 5, 6, 7]
order = []
idx = 0
while ring:
    idx = (idx + 2) % len(ring)
    order.append(ring.pop(idx))
print("josephus order", order)
