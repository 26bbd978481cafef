# Float formatting with %-format and f-strings; float repr of simple values
vals = [0.5, 2.25, -1.125, 100.0, 3.0, 0.1, 1 / 3, 12.5]
for v in vals:
    print(repr(v), "%.2f" % v, "%f" % v, f"{v:.3f}", f"{v:08.3f}", str(v))
print("%.2f" % 2.5, "%.2f" % 1.005)
print(f"{1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}")
print("%.1f" % 0.25, "%.1f" % 0.75)
print(f"{-0.5:.2f}", "%.2f" % -0.5, f"{7:.2f}", "%.2f" % 7)
total = 0.0
for price in [1.25, 2.5, 0.75]:
    total += price
print(f"total={total:.2f}", "total=%.2f" % total, total)
print(2.0 * 3, 9.0 / 2, 1.0 - 1.0, 2 ** 0.5 * 2 ** 0.5 == 2.0)
print(0.1 * 3, 1.1 + 2.2)
print(float(7), 7 / 1, 1e16 / 1e16)
print(1.5 * 2 == 3, 0.5 + 0.25 == 0.75)
