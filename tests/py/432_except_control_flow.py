# Exceptions used for control flow through a call: each frame's locals go when the handler ends.
class Res:
    count = 0
    def __init__(self):
        Res.count += 1
    def __del__(self):
        Res.count -= 1

class Stop(Exception):
    pass

def step(i):
    r = Res()
    if i % 3 == 0:
        raise Stop(i)
    return i

total = 0
for i in range(3000):
    try:
        total += step(i)
    except Stop:
        total -= 1
print(total, Res.count)
