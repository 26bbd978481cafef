# String concatenation, repetition, indexing, negative indexing, slicing with steps
s = "stackless"
print(s, len(s))
print(s[0], s[3], s[-1], s[-3])
print(s[2:5], s[:4], s[5:], s[-4:], s[:-4])
print(s[::2], s[1::3], s[::-1], s[-2:2:-1])
print(s[100:], s[3:3], s[-100:2])
t = "py" + "thon"
print(t, t * 2, "-" * 10)
print("a" in "abc", "bc" in "abc", "d" not in "abc", "" in "x")
r = ""
for ch in "hello":
    r = ch + r
print(r)
count = 0
for ch in s:
    if ch == "s":
        count = count + 1
print("s count", count)
print(s[len(s) - 1], s[-len(s)])
x = 'single'
y = "it's"
print(x, y, repr(x), repr(y))
print(repr("tab\there"), "new\\nline")
print("abc" == "ab" + "c", "abc" != "abd")
