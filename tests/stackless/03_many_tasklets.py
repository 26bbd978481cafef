# Stackless rule checked: many tasklets, each sending once on a shared channel.
# Phase 1: run() lets all 1000 senders block (nobody receives), so run() returns with only
#   main runnable (getruncount() == 1). Main then receives 1000 times: blocked senders are
#   served in FIFO order, main keeps running (preference -1) and each sender is appended to
#   the runnables, so afterwards getruncount() == 1001 and a second run() lets them finish
#   in the same order.
# Phase 2: main receives without calling run(): main blocks, the next runnable tasklet runs
#   and sends; main is a waiting receiver, so it is activated immediately and the sender
#   goes to the end of the runnables. Values arrive in creation order.
import stackless

N = 1000
ch = stackless.channel()
done = []

def sender(i):
    ch.send(i * i)
    done.append(i)

for i in range(N):
    stackless.tasklet(sender)(i)
print("runcount after create", stackless.getruncount())
stackless.run()
print("runcount after first run", stackless.getruncount(), "done", len(done))
got = []
for i in range(N):
    got.append(ch.receive())
print("received", len(got), "first", got[:5], "last", got[-1])
print("runcount after receiving", stackless.getruncount(), "done", len(done))
assert got == [i * i for i in range(N)]
assert stackless.getruncount() == N + 1 and done == []
stackless.run()
print("runcount after second run", stackless.getruncount(), "done", len(done))
assert done == list(range(N))

done2 = []
def sender2(i):
    ch.send(i)
    done2.append(i)

for i in range(N):
    stackless.tasklet(sender2)(i)
got2 = []
for i in range(N):
    got2.append(ch.receive())
print("phase 2 received", len(got2), "sum", sum(got2), "runcount", stackless.getruncount())
assert got2 == list(range(N)) and done2 == []
assert stackless.getruncount() == N + 1
stackless.run()
assert done2 == list(range(N)) and stackless.getruncount() == 1
print("phase 2 done", len(done2))
print("OK")
