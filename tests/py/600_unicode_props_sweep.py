# The character properties across all of Unicode: a sample of code points every 37, and the
# neighbours of each 2048-code-point page boundary (the VM's property table is paged there).
def sample():
    for cp in range(0, 0x110000, 37):
        yield cp
    for base in range(0, 0x110000, 2048):
        for cp in (base - 1, base, base + 1):
            if 0 <= cp < 0x110000:
                yield cp

counts = [0] * 10
h = 0
for cp in sample():
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    bits = (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isupper(),
            c.islower(), c.isprintable(), c.isidentifier(), ("a" + c).isidentifier())
    for i in range(10):
        if bits[i]:
            counts[i] += 1
            h = (h * 31 + cp * (i + 1)) % 1000000007
print(counts, h)
