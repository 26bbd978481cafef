# f-strings with simple format specs
x = 3.14159
n = 42
s = "hi"
print(f"x={x:.2f} n={n:5d} s={s!r}")
print(f"[{s:>8}]", f"[{s:<6}]", f"[{s:^6}]")
print(f"{x:08.3f}")
print(f"{n}{n}", f"{n + 1}", f"{'lit'}")
print(f"{n:d}", f"{2.5:.1f}", f"{-2.5:.2f}")
print(f"[{n:>6}]", f"[{n:<6}]")
items = ["a", "bb", "ccc"]
for i in range(len(items)):
    print(f"{i:3d}: {items[i]:>4}|")
total = 0
for v in [1.25, 2.5, 3.75]:
    total += v
print(f"total {total:.2f} avg {total / 3:.3f}")
print(f"{[1, 2]} {(3,)} {None} {True}")
print(f"{s!r:>6}")
print(f"{0.5}", f"{1/4}")
w = 7
print(f"{w:>3}|{w:03d}|")
