# sys.getswitchinterval/setswitchinterval (Stackless's watchdog tests save and restore it): kept for
# the GIL of interpreter threads; with one thread it changes nothing.
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(2)
print(sys.getswitchinterval())
for bad in [0, -1.0, "x"]:
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
