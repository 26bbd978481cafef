# String methods: join split strip upper lower replace startswith endswith find
s = "  Hello, World  "
print("[" + s.strip() + "]")
print(s.upper(), s.lower())
print(s.strip().replace("World", "There"))
print("a,b,,c".split(","))
print("  many   spaces here ".split())
print("one two three".split(" "))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
print("filename.py".endswith(".py"), "filename.py".startswith("file"), "x".startswith("xy"))
print("banana".find("an"), "banana".find("x"), "banana".find("a"))
print("banana".replace("a", "o"), "aaa".replace("a", "bb"))
print("xxhixx".strip("x"), "\n line \t".strip())
words = "the quick brown fox".split()
print(len(words), words[-1].upper())
caps = []
for w in words:
    caps.append(w[0].upper() + w[1:])
print(" ".join(caps))
csv = "name=ann;age=31;city=rome"
for part in csv.split(";"):
    kv = part.split("=")
    print(kv[0], "->", kv[1])
print("MiXeD".lower(), "MiXeD".upper())
