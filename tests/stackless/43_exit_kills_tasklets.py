# At program exit the tasklets still alive are killed (TaskletExit), as Stackless does when the
# interpreter shuts down: their finally blocks run, in the order the tasklets were started,
# with the globals intact; then what only the globals hold is finalized.
import stackless

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalized", self.name)

ch = stackless.channel()

def waiter(name):
    try:
        print(name, "waits")
        ch.receive()
        print(name, "never gets here")
    finally:
        print(name, "finally, global still", res.name)

def catcher():
    try:
        ch.receive()
    except TaskletExit:
        print("catcher got TaskletExit")
        raise

res = Res("global resource")
stackless.tasklet(waiter)("first")
stackless.tasklet(catcher)()
stackless.tasklet(waiter)("second")
stackless.schedule()
print("main returns with", -ch.balance, "tasklets blocked")
