# center, ljust, rjust, zfill with default and custom fill characters
for w in ["a", "abc", "abcdef", ""]:
    print("[%s][%s][%s][%s]" % (w.center(7), w.ljust(5), w.rjust(5), w.center(6, "*")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("x".ljust(4, "-") + "|", "x".rjust(4, ".") + "|", "ab".center(5, "="), "ab".center(4, "="))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
w = max(len(r[0]) for r in table)
print("NAME".ljust(w), "QTY".rjust(4), "PRICE".rjust(6))
for name, qty, price in table:
    print(name.ljust(w, "."), str(qty).rjust(4), ("%.2f" % price).rjust(6))
print("=" * (w + 12))
def box(lines):
    width = max(len(l) for l in lines)
    out = ["+" + "-" * (width + 2) + "+"]
    for l in lines:
        out.append("| " + l.center(width) + " |")
    out.append(out[0])
    return "\n".join(out)
print(box(["hi", "centered", "odd"]))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
