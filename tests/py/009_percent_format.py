# %-formatting: %d %s %r %f %.2f %5d %-5s %x %%
name = "ann"
age = 31
print("%s is %d years old" % (name, age))
print("%r and %s" % (name, name))
print("%f" % 2.5)
print("%.2f" % 3.14159)
print("%.2f" % 2.0)
print("[%5d]" % 42)
print("[%-5s]" % "ab")
print("%x" % 255, "%x" % 4096)
print("100%%")
print("%d%%" % 50)
print("%s" % [1, 2])
print("%s|%s" % ("a", None))
print("%d items" % 3)
for i in range(1, 4):
    print("%5d|%-5s|%.2f" % (i * 7, "x" * i, i / 4))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for r in rows:
    print("%-5s %5d %.2f" % r)
print("%s" % "only")
print("%r" % "q")
print("%d" % -17, "%x" % 0)
