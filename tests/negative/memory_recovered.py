# MemoryError is an ordinary catchable exception: after catching it and dropping the only
# reference to the allocated data (xs = None), the program can continue normally and
# exit with status 0.
xs = []
count = 0
try:
    while True:
        xs.append([0] * 100)
        count += 1
except MemoryError:
    xs = None
    print("recovered")
print("allocated some blocks first:", count > 10)
ys = [i * i for i in range(100)]
print("after recovery", sum(ys))
