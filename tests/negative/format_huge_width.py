# Format widths and precisions no budget holds: MemoryError before any work (not the 502
# characters a clamped precision gave, nor a width read modulo 2**32), at tick({ops: 1000}).
cases = [
    lambda: "{:2147483648}".format(1),
    lambda: "{:4294967297}".format("x"),
    lambda: f"{1:>{2**40}}",
    lambda: "{:.999999999f}".format(1.5),
    lambda: "{:.2147483647e}".format(1.5),
    lambda: "%.*f" % (10**9, 1.0),
    lambda: "%*d" % (2**31, 5),
    lambda: "%2147483648d" % 5,
    lambda: "%.2147483647d" % 5,
    lambda: format(5, "02147483648,"),
    lambda: format("x", "é^3000000000"),
]
for i, f in enumerate(cases):
    try:
        print(i, len(f()))
    except MemoryError:
        print(i, "MemoryError")
print("after", "{:>6}|{:.3f}".format("ok", 1.5))
"{:.1000000000f}".format(2.5)
