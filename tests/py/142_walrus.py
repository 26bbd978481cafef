# Assignment expressions (walrus): in while, if, comprehensions, and nested scopes
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (x := next(it, None)) is not None:
    print("item", x)
print([y for v in data if (y := v * 2) > 6])
print([last := v for v in range(4)], last)
vals = [(s, sq) for s in range(6) if (sq := s * s) % 2 == 0]
print(vals)
def chunks(text, size):
    i = 0
    out = []
    while chunk := text[i:i + size]:
        out.append(chunk)
        i += size
    return out
print(chunks("abcdefgh", 3))
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
if (m := max(data)) and m > 5:
    print("max", m)
print((z := 10) + z)
def parse(lines):
    out = {}
    for line in lines:
        if (eq := line.find("=")) > 0:
            out[line[:eq]] = line[eq + 1:]
    return out
print(parse(["a=1", "junk", "b=two", "=x"]))
count = 0
def step():
    global count
    count += 1
    return count if count < 4 else 0
while (s := step()):
    print("step", s)
