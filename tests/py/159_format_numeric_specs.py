# Float format types: f e E g G %, thousands separators, rounding of exact binary values
vals = [0.0, 1.0, 0.5, 2.5, 1234.5678, -0.001, 1e10, 123456789.0, 0.000123]
for v in vals:
    print(f"{v:f} | {v:.2f} | {v:e} | {v:.3e} | {v:g} | {v:.3g} | {v:G}")
print(f"{1234567.891:,.2f} {1234567:,} {-9876543:,} {0.5:,.3f}")
print(f"{0.125:%} {0.125:.1%} {1.0:.0%} {-0.05:.2%}")
print(f"{1e-5:g} {1e-4:g} {123456:g} {1234567:g} {1e16:g} {1.5e300:.2e}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.25:.1f} {-2.5:.0f}")
print(f"{1.0:10.3e}| {12.5:<10g}| {12.5:>10.1%}| {-1.5:+.2f} {1.5:+.2f}")
print(format(1.0, ".3g"), format(100.0, ".3g"), format(1000.0, ".3g"), format(0.0001, ".2g"))
print(format(1.5, "08.2f"), format(-1.5, "08.2f"), format(1.5, "+08.2f"), format(1e3, "E"))
print("%e %E %g %G" % (12345.678, 0.00012, 0.00001234, 1e20))
print("%.3g %10.4e| %-10.2g| %+.1e" % (3.14159, 2.5, 1234.0, 5.0))
print(round(2.675, 2) == 2.67, f"{2.675:.2f}", f"{1.005:.2f}", f"{0.1 + 0.2:.17f}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g}", format(1e100, ".0e"))
