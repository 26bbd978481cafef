# Stackless rule checked: channel.schedule_all and preference, seen from main outside run()
# (channelobject.c generic_channel_cando; docs channel.preference / schedule_all: "If set to
# 1, then any channel action will result in involved tasklets being scheduled to continue
# execution later" and it "overrides the value assigned to the preference attribute").
# A. main sends to a blocked receiver R while another tasklet X is runnable (ring: main, X):
#    -1: R is inserted right after main and runs at once, then X, then main.
#     0 and 1: main continues; R is appended after X.
#    schedule_all (whatever the preference): R is appended after X and main switches to its
#    next: X, then R, then main.
# B. main receives from a blocked sender S (nothing else runnable):
#    -1 and 0: main continues; S resumes later (here in the following run()).
#     1 and schedule_all: main switches away, S resumes first.
import stackless

def case_send(pref, sall):
    ch = stackless.channel()
    ch.preference = pref
    ch.schedule_all = sall
    log = []
    def r():
        log.append("R got " + ch.receive())
    def x():
        log.append("X ran")
    stackless.tasklet(r)()
    stackless.run()
    stackless.tasklet(x)()
    ch.send("v")
    log.append("main after send")
    stackless.run()
    return log

def case_receive(pref, sall):
    ch = stackless.channel()
    ch.preference = pref
    ch.schedule_all = sall
    log = []
    def s():
        ch.send("v")
        log.append("S resumed")
    stackless.tasklet(s)()
    stackless.run()
    log.append("main got " + ch.receive())
    stackless.run()
    return log

A = [("-1", case_send(-1, 0)), ("0", case_send(0, 0)), ("1", case_send(1, 0)),
     ("schedule_all", case_send(-1, 1)), ("schedule_all+pref 1", case_send(1, 1))]
B = [("-1", case_receive(-1, 0)), ("0", case_receive(0, 0)), ("1", case_receive(1, 0)),
     ("schedule_all", case_receive(-1, 1))]
for name, log in A:
    print("send", name + ":", ", ".join(log))
for name, log in B:
    print("receive", name + ":", ", ".join(log))
assert A == [
    ("-1", ["R got v", "X ran", "main after send"]),
    ("0", ["main after send", "X ran", "R got v"]),
    ("1", ["main after send", "X ran", "R got v"]),
    ("schedule_all", ["X ran", "R got v", "main after send"]),
    ("schedule_all+pref 1", ["X ran", "R got v", "main after send"]),
], A
assert B == [
    ("-1", ["main got v", "S resumed"]),
    ("0", ["main got v", "S resumed"]),
    ("1", ["S resumed", "main got v"]),
    ("schedule_all", ["S resumed", "main got v"]),
], B
assert stackless.getruncount() == 1
print("OK")
