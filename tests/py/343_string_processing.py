# String processing: str methods, splitting/joining, justification, counting, translation tables.
text = """The Quick brown fox
jumps over the lazy dog.  The DOG sleeps;
the fox   runs away!"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = text.split()
print(len(words), words[:5])
clean = [w.strip(".,;!").lower() for w in words]
print(sorted(set(clean)))
freq = {}
for w in clean:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"), text.find("cat"))
print("|".join(l.strip().center(24, ".") for l in lines))
print(" ".join(w.capitalize() for w in "hello wide world".split()))
print("hello wide world".title(), "Hello".swapcase(), "MiXeD".lower(), "MiXeD".upper())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  lots   of   space ".split(), "x".split(","))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="))
print("one two three".rsplit(" ", 1), "path/to/file.txt".rsplit("/", 1)[-1].split("."))
print("racecar"[::-1] == "racecar", "abc" * 3, "-" * 10)
print("  pad ".strip(), "xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("42".zfill(5), "-42".zfill(6), "7".rjust(3, "0"), "ab".ljust(5, "*") + "|")
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "   ".isspace(), "Title Case".istitle())
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2))
csv = "name,hp,mp\nana,30,12\nbo,45,0\ncy,28,40"
header, *rows = [line.split(",") for line in csv.split("\n")]
table = [dict(zip(header, r)) for r in rows]
for row in table:
    print(f"{row['name']:<5}|{int(row['hp']):>4}|{int(row['mp']):>4}|{'*' * (int(row['hp']) // 10)}")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "attack at dawn!")
print(caesar)
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, ord("A"), chr(0x263A), len("héllo"), "hello".upper(), "ß" in "straße")
print(repr("tab\there"), repr('quote"s'), repr("it's"), str(3.0), str(-0.5), str([1, "a"]))
