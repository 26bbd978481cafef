# Stackless rule checked: stackless.getruncount() is the number of runnable tasklets,
# including the current one.
# - From main (outside run()) the main tasklet counts too: 1 + the runnable tasklets
#   (docs: "The main tasklet factors into the stackless.runcount value").
# - stackless.run() REMOVES main from the runnables while it runs them (Stackless wiki,
#   Scheduling: "This removes the main tasklet and schedules each registered tasklet in
#   turn"), so inside tasklets during run() main is not counted; a finished tasklet is
#   no longer counted either.
# - Tasklets blocked on a channel are not runnable and are not counted.
# - Outside run(), a send from main to a blocked receiver activates the receiver at once;
#   main (the sender) is then runnable at the end of the queue, so the receiver sees 2.
import stackless

counts = []
counts.append(("start", stackless.getruncount()))

def record(name):
    counts.append((name, stackless.getruncount()))

for name in ["A", "B", "C"]:
    stackless.tasklet(record)(name)
counts.append(("created", stackless.getruncount()))
stackless.run()
counts.append(("after run", stackless.getruncount()))

ch = stackless.channel()
def waiter():
    counts.append(("waiter before", stackless.getruncount()))
    v = ch.receive()
    counts.append(("waiter got %d" % v, stackless.getruncount()))

stackless.tasklet(waiter)()
counts.append(("waiter created", stackless.getruncount()))
stackless.run()
counts.append(("waiter blocked", stackless.getruncount()))
ch.send(5)
counts.append(("end", stackless.getruncount()))

for name, n in counts:
    print("%-15s %d" % (name, n))
assert counts == [
    ("start", 1), ("created", 4), ("A", 3), ("B", 2), ("C", 1), ("after run", 1),
    ("waiter created", 2), ("waiter before", 1), ("waiter blocked", 1),
    ("waiter got 5", 2), ("end", 1),
], counts
print("OK")
