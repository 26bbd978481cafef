# Allocating without bound under a 1 MiB memory budget must raise MemoryError inside the
# VM (not trap or crash the host): uncaught, it ends the program with exit status 1.
xs = []
while True:
    xs.append([0] * 100)
