# Building strings: join, reverse words, padding by hand, character classes
def reverse_words(s):
    ws = s.split()
    ws.reverse()
    return " ".join(ws)
print(reverse_words("one two  three four"))
def center(s, width):
    total = width - len(s)
    left = total // 2
    return "." * left + s + "." * (total - left)
for w in ["a", "abc", "abcd"]:
    print("[" + center(w, 8) + "]")
def count_classes(s):
    up = 0
    low = 0
    dig = 0
    other = 0
    for ch in s:
        if "A" <= ch <= "Z":
            up += 1
        elif "a" <= ch <= "z":
            low += 1
        elif "0" <= ch <= "9":
            dig += 1
        else:
            other += 1
    return up, low, dig, other
print(count_classes("Hello World 2024!"))
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
table = ""
for r in range(1, 4):
    line = ""
    for c in range(1, 4):
        line += "%3d" % (r * c)
    table += line + "\n"
print(table, end="")
s = "Mississippi"
print(s.lower().replace("ss", "SS"), s.find("ss"), s[s.find("pp"):])
print("".join([ch for ch in "a-b-c-d" if ch != "-"]))
print("x".join("abc"), "+".join(["1"] * 3))
