# Case methods: lower, upper, title, capitalize, swapcase; comparisons
words = ["hello world", "HELLO", "mIxEd CaSe", "they're bill's", "a1b2 c3", "ÉCOLE"]
for w in words:
    print(repr(w), w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase())
print("MiXeD".lower(), "ÀÉÎ".lower(), "àéî".upper())
print("abc".upper() == "ABC", "Hello".lower() < "hello".upper(), "Z" < "a")
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=str.upper, reverse=True))
def camel_to_snake(s):
    out = ""
    for ch in s:
        if ch.isupper():
            out += "_" + ch.lower()
        else:
            out += ch
    return out.lstrip("_")
def snake_to_camel(s):
    parts = s.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])
print(camel_to_snake("parseHttpRequestNow"), snake_to_camel("load_config_file"))
print("x".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
