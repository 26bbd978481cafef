# str.format: positional/keyword/indexed fields, attribute and item access, conversions, nesting
print("{} {} {}".format(1, "two", 3.5))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[2]} {1[k]}".format([10, 20, 30], {"k": "v"}))
class P:
    def __init__(self):
        self.x, self.y = 3, 4
print("({0.x}, {0.y})".format(P()))
print("{!r} {!s} {!r}".format("q", "q", "é"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format(" mid "), "{:05d}".format(42), "{:+d} {:+d}".format(5, -5))
print("{:.3}".format("abcdef"), "{:10.2f}|".format(3.14159), "{:<6.1f}|".format(2.25))
w, p = 10, 3
print("{:{w}.{p}f}|".format(1.0 / 3, w=w, p=p), "{:>{}}".format("x", 4))
print("{{literal}} {}".format("braces"), "{0}{0}{0}".format("ab"))
print("{:,}".format(1234567), "{:_}".format(1000000), "{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))
print("{:#x} {:#o} {:#b}".format(255, 8, 5), "{:08.3f}".format(-3.5), "{:%}".format(0.25))
data = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for row in data:
    print("{:<8}{:>5}{:>9.2f}".format(*row))
print("{a}-{b}".format(**{"a": 1, "b": 2}), format(3.14159, ".2f"), format(42, "06"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
