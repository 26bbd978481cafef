# GIL hand-offs: 2 threads counting 200,000 loop steps each; at the default switch interval the
# GIL changes hands every 1,000 opcodes here (stackless/threads.ts), every 5 ms in CPython.
import threading

N = 200000
done = []


def spin():
    n = 0
    for i in range(N):
        n += 1
    done.append(n)


threads = [threading.Thread(target=spin) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(done))
