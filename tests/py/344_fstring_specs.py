# f-strings with format specs: widths, alignment, fill, signs, precision, grouping, bases, nesting.
items = [("Sword of Dawn", 1250.5, 3), ("Potion", 12.25, 40), ("Elixir", 999.999, 1)]
print(f"{'item':<15}|{'price':>10}|{'qty':^5}|{'total':>12}")
print(f"{'':-<15}+{'':-^10}+{'':-^5}+{'':->12}")
for name, price, qty in items:
    print(f"{name:<15}|{price:>10.2f}|{qty:^5d}|{price * qty:>12,.2f}")
width = 12
for align in "<^>":
    print(f"[{'mid':{align}{width}}]", end="")
print()
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:#010x}")
print(f"{3.14159:.0f} {3.14159:.3f} {2.5:.0f} {3.5:.0f} {1234.5678:,.1f} {0.000123:.2e} {123456789:e}")
print(f"{42:+d} {-42:+d} {42: d} {-42: d} {42:=+8d} {-3.5:=10.2f} {7:*^9}")
print(f"{0.25:%} {0.25:.0%} {1/3:.2%} {1234567:_} {1234567:,}")
print(f"{1e16:g} {123.456:g} {0.0001:g} {1e-5:g} {100000.0:g} {1e6:g} {1.5e300:.3g}")
val = 3.75
print(f"{val!r:>8} {'text'!r:^10} {str(val):>6}")
x, y = 3, 4
print(f"{x} + {y} = {x + y}", f"{x * y = }", f"{'nested ' + str(x):>12}")
prec = 3
print(f"{2 / 3:.{prec}f} {'pad':>{prec + 5}} {100:{'0'}{prec + 2}d}")
grid = [[1, 22, 333], [4444, 5, 66]]
for row in grid:
    print(" ".join(f"{v:>5}" for v in row))
print(f"{{literal}} {{{x}}}")
hp, max_hp = 37, 120
bar = int(20 * hp / max_hp)
print(f"HP [{'#' * bar:<20}] {hp:>3}/{max_hp} ({hp / max_hp:.1%})")
print(f"{True} {None} {[1, 2]} {(1,)} {{'a': 1}} {-0.0} {1e100}")
print(format(1234.5, ",.2f"), format(-7, "05d"), format("x", "^5"), format(10, "x"))
