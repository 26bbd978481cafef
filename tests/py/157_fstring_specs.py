# f-strings with format specs: width, precision, alignment, sign, fill, nested fields, !r
name, n, x = "pi", 7, 3.14159
print(f"{name}={x:.2f} n={n:03d} [{name:>6}] [{name:<6}] [{name:^6}] [{name:-^8}]")
print(f"{n:+} {-n:+} {n: } {-n: } {x:+.1f} {-x:.1f}")
print(f"{x:10.4f}|{x:<10.3f}|{x:^10.1f}|{x:e}|{1234.5:.2e}")
w = 8
print(f"[{'dyn':>{w}}] [{x:{w}.{2}f}] [{n:{'*'}^{w}}]")
print(f"{n!r} {name!r} {[1, 'a']!r} {name!s}")
print(f"{3 + 4} {n * 2} {'yes' if n > 5 else 'no'} {[i * i for i in range(3)]}")
d = {"k": 5}
print(f"{d['k']} {len(name)} {name.upper()} {name[::-1]}")
print(f"{{escaped}} {n}{{}}")
print(f"{n=} {x=:.1f} {name = }")
for val in [0, 1, -1, 42, 1000, -12345]:
    print(f"|{val:6d}|{val:<6d}|{val:^6d}|{val:06d}|{val:+6d}|")
items = [("apple", 1.5, 3), ("banana", 0.25, 12)]
for it, price, qty in items:
    print(f"{it:<10}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(f"{'nested ' + f'{n:02d}'}", f"{x!r:>12}", f"{True} {None}")
print(f"{'':-<20}")
