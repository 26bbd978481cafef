# %-formatting: %s %r %d %i %f %x %o %c %%, width, precision, flags, * widths, dict mapping
print("%s|%r|%d|%i|%5.2f|%x|%o|%c|%%" % ("s", "r", 42, -7, 3.14159, 255, 8, 65))
print("[%5s][%-5s][%05d][%-5d][%+d][% d]" % ("ab", "ab", 42, 42, 42, 42))
print("[%*d][%-*d][%.*f]" % (6, 1, 6, 1, 2, 2.71828))
print("%(name)s is %(age)d years, %(name)s!" % {"name": "Bo", "age": 7})
print("%s" % [1, 2], "%s" % (None,), "%r" % ((1, 2),), "%s and %s" % (True, 2.5))
print("%.3s|%10.3s|" % ("abcdef", "abcdef"), "%c%c" % ("x", 121))
print("%d%%" % 50, "%.1f%%" % 99.5, "%3d%%" % 7)
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%x" % 3735928559)
print("%#x %#o %#X %08.3f %-8.2e|" % (255, 8, 255, 3.14159, 12345.0))
rows = [("widget", 4, 3.5), ("gadget", 10, 12.25)]
for r in rows:
    print("%-8s x%3d @ %6.2f = %8.2f" % (r[0], r[1], r[2], r[1] * r[2]))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print("single %s" % "value", "tuple %s" % ((1, 2),), "%s" % {"k": 1})
