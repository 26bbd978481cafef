# A global list that fills the default 1 MiB budget: when MemoryError ends the program, the
# heap is still full (the globals hold it). The report must not need the heap: the whole
# traceback reaches stderr (the VM keeps a reserve of traceback records and writes the text
# from static memory).
def helper():
    pass

cells = []
for i in range(100000):
    cells.append([i])
print("not reached")
