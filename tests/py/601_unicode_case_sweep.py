# Case mappings of every code point up to 0x1F000 (past the last cased one, U+1E943) and a sample
# beyond: upper, lower, title and casefold, including the multi-character ones (the VM's rows of
# single-character mappings and its table of overrides, scripts/gen-unicode.py).
def codepoints():
    for cp in range(0x1F000):
        yield cp
    for cp in range(0x1F000, 0x110000, 101):
        yield cp

changed = [0, 0, 0, 0]
multi = 0
h = 0
for cp in codepoints():
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    i = 0
    for r in (c.upper(), c.lower(), c.title(), c.casefold()):
        i += 1
        if r != c:
            changed[i - 1] += 1
            if len(r) > 1:
                multi += 1
            for ch in r:
                h = (h * 131 + ord(ch) * i + cp) % 1000000007
print(changed, multi, h)
print("ß".upper(), "ŉ".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ﬃ".title(), "İ".lower(), "ΐ".upper())
