# A contended threading.Lock: 4 threads, 5,000 `with lock:` increments each (20,000 pairs),
# the GIL changing hands at the default switch interval.
import threading

N = 5000
lock = threading.Lock()
count = 0


def worker():
    global count
    for i in range(N):
        with lock:
            count += 1


threads = [threading.Thread(target=worker) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
