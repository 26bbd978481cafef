# global declarations and module-level state
counter = 0
log = []
def bump():
    global counter
    counter += 1
    return counter
def record(msg):
    log.append(msg)
bump()
bump()
print(counter, bump())
record("a")
record("b")
print(log)
def set_config(v):
    global config
    config = v
set_config({"debug": True})
print(config)
x = "module"
def shadow():
    x = "local"
    return x
def read_global():
    return x
print(shadow(), read_global(), x)
def reset():
    global counter, log
    counter = 0
    log = []
reset()
print(counter, log)
total = 0
for i in range(5):
    total += i
def get_total():
    return total
print(get_total())
try:
    print(undefined_name)
except NameError:
    print("NameError caught")
