# A traffic-light / vending state machine driven by generators and send()
def vending(price):
    credit = 0
    msg = "ready"
    while True:
        coin = yield msg
        if coin == "refund":
            msg = "refunded %d" % credit
            credit = 0
        elif coin not in (5, 10, 25):
            msg = "rejected %r" % (coin,)
        else:
            credit += coin
            if credit >= price:
                msg = "vend! change %d" % (credit - price)
                credit = 0
            else:
                msg = "credit %d" % credit

m = vending(30)
print(next(m))
for c in [10, 10, 3, 5, 25, 5, "refund", 25, 10]:
    print(repr(c), "->", m.send(c))

def traffic():
    states = [("green", 3), ("yellow", 1), ("red", 2)]
    while True:
        for name, ticks in states:
            for t in range(ticks):
                yield name, t
light = traffic()
print([next(light)[0][0] for _ in range(14)])

def lexer(text):
    state = "start"
    buf = ""
    for ch in text + " ":
        if state == "start":
            if ch.isdigit():
                state, buf = "num", ch
            elif ch.isalpha():
                state, buf = "word", ch
            elif not ch.isspace():
                yield ("sym", ch)
        elif state == "num":
            if ch.isdigit():
                buf += ch
            else:
                yield ("num", int(buf))
                state = "start"
                if not ch.isspace():
                    yield ("sym", ch)
        elif state == "word":
            if ch.isalnum():
                buf += ch
            else:
                yield ("word", buf)
                state = "start"
                if not ch.isspace():
                    yield ("sym", ch)
print(list(lexer("let x1 = 42+y;")))
