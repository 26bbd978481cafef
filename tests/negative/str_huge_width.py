# Widths a 1 MiB budget can never hold, driven at tick({ops: 1000}): each must be a quick
# MemoryError (once: no hang, no wrapped u32 size like len('1'.rjust(2**32+5)) == 5), and the
# program must go on; the last one is uncaught.
for w in (2**31, 2**31 - 1, 2**32 + 5, 2**40, 10**7, 2**63 - 1):
    for m in ("center", "ljust", "rjust", "zfill"):
        try:
            print(m, w, len(getattr("1", m)(w)))
        except MemoryError:
            print(m, w, "MemoryError")
for size in (2**31 - 1, 10**7):
    try:
        print(len("a\tb".expandtabs(size)))
    except MemoryError:
        print("expandtabs", size, "MemoryError")
print("still running", "1".zfill(5), "x".center(5, "é"))
"1".zfill(10**7)
