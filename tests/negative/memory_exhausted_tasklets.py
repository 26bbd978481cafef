# Creating tasklets until the budget is gone: the MemoryError that ends the program is
# reported in full, although every byte of the heap is held by the tasklets.
import stackless

def worker():
    stackless.schedule()

tasklets = []
while True:
    tasklets.append(stackless.tasklet(worker)())
