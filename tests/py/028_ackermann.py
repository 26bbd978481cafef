# Ackermann function for small arguments (deep-ish recursion)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
for m in range(3):
    row = []
    for n in range(5):
        row.append(ack(m, n))
    print(m, row)
print(ack(2, 3), ack(3, 2), ack(3, 3))
calls = 0
def ack_count(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack_count(m - 1, 1)
    return ack_count(m - 1, ack_count(m, n - 1))
print(ack_count(2, 2), calls)
