# Stackless rule checked: who runs when, for ten send/receive pairs between a receiver R
# (created first, so it blocks first) and a sender S, for channel.preference -1, 0, 1 and
# for schedule_all (channelobject.c generic_channel_cando: "preference == -dir" -> the
# waiting tasklet is inserted right after the caller and switched to; otherwise it is
# appended to the runnables and the caller continues; schedule_all appends it and switches to
# the caller's next):
# - -1 (prefer receiver, default): each send switches to the waiting receiver:
#   s0 r0 s1 r1 ... s9 r9, then R ends and S resumes.
# - 0 (no preference): neither side switches: a send to a waiting R just makes R runnable and
#   S sends again and blocks; R then takes that value too without switching:
#   s0 s1 r0 r1 s2 s3 r2 r3 ...
# - 1 (prefer sender): S's send to a waiting R does not switch; R's receive from a blocked S
#   switches to S: s0 s1 r0 s2 r1 s3 r2 ... s9 r8, S ends, r9.
# - schedule_all: every transfer switches away from the caller; with only R and S runnable
#   this gives the same order as -1.
# Note: the docs' text for receive() ("the sender will be activated immediately") describes
# preference 1 only; the C code above is followed.
import stackless

def trial(pref, schedule_all):
    ch = stackless.channel()
    ch.preference = pref
    ch.schedule_all = schedule_all
    log = []
    def receiver():
        for i in range(10):
            log.append("r%d" % ch.receive())
        log.append("R-end")
    def sender():
        for i in range(10):
            log.append("s%d" % i)
            ch.send(i)
        log.append("S-end")
    stackless.tasklet(receiver)()
    stackless.tasklet(sender)()
    stackless.run()
    assert ch.balance == 0
    return log

exp_minus = []
for i in range(10):
    exp_minus += ["s%d" % i, "r%d" % i]
exp_minus += ["R-end", "S-end"]
exp_zero = []
for i in range(0, 10, 2):
    exp_zero += ["s%d" % i, "s%d" % (i + 1), "r%d" % i, "r%d" % (i + 1)]
exp_zero += ["R-end", "S-end"]
exp_one = ["s0"]
for i in range(1, 10):
    exp_one += ["s%d" % i, "r%d" % (i - 1)]
exp_one += ["S-end", "r9", "R-end"]

results = [("-1", trial(-1, 0), exp_minus), ("0", trial(0, 0), exp_zero),
           ("1", trial(1, 0), exp_one), ("schedule_all", trial(-1, 1), exp_minus)]
for name, got, exp in results:
    print(name + ":", " ".join(got))
for name, got, exp in results:
    assert got == exp, (name, got)
assert stackless.getruncount() == 1
print("OK")
