# A tasklet exhausts the memory while main waits on a channel. Its MemoryError is raised in
# main (Stackless's rule); the traceback still names the tasklet's frame, recorded when the heap
# was full.
import stackless

def hog():
    held = []
    while True:
        held.append([len(held)])

ch = stackless.channel()
stackless.tasklet(hog)()
ch.receive()
