# An uncontended threading.Lock: 100,000 acquire/release pairs by one thread.
import threading

N = 100000
lock = threading.Lock()
count = 0
for i in range(N):
    lock.acquire()
    count += 1
    lock.release()
print(count)
