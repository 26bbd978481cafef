# Stackless rule checked: stackless.getmain() is the fixed main tasklet (the initial thread
# of execution); stackless.getcurrent() is the tasklet that is running right now.
# In main, getcurrent() is getmain(). Inside a tasklet, getcurrent() is the very object
# returned by stackless.tasklet(func)(*args) (calling a tasklet binds it and returns the
# tasklet itself), and it is not main. getmain() returns the same object everywhere.
import stackless

main = stackless.getmain()
print("main is current:", stackless.getcurrent() is main)
assert stackless.getcurrent() is main
assert stackless.getmain() is main

handles = []
seen = []

def who(idx):
    cur = stackless.getcurrent()
    others = [h for h in handles if h is not cur]
    seen.append((idx, cur is handles[idx], cur is stackless.getmain(),
                 stackless.getmain() is main, len(others)))
    stackless.schedule()
    seen.append((idx, stackless.getcurrent() is handles[idx]))

for i in range(3):
    handles.append(stackless.tasklet(who)(i))
print("handles distinct:", handles[0] is not handles[1], handles[1] is not handles[2])
print("handle is not main:", handles[0] is not main)
stackless.run()
for s in seen:
    print(s)
assert seen == [
    (0, True, False, True, 2), (1, True, False, True, 2), (2, True, False, True, 2),
    (0, True), (1, True), (2, True),
], seen
print("back in main:", stackless.getcurrent() is main)
assert stackless.getcurrent() is stackless.getmain()
print("OK")
