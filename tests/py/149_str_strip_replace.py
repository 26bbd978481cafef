# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix, replace with count
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("<<[tag]>>".strip("<>[]"), "www.example.com".strip("cmowz."), "abc".strip(""))
print("0042".lstrip("0"), "3.1400".rstrip("0"), "...".strip("."), repr("   ".strip()))
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"), "ab".removeprefix("x"))
t = "one fish two fish red fish"
print(t.replace("fish", "cat"), t.replace("fish", "cat", 2), t.replace(" ", ""))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("x", "y"))
print("tab\tsep".replace("\t", "    "), "a.b.c".replace(".", "", 1))
def normalize(name):
    return " ".join(name.strip().split()).title()
print([normalize(n) for n in ["  ada   lovelace ", "ALAN turing", " grace  m  hopper"]])
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
print("\u00a0x\u00a0".strip() == "x", " \t\r\n\x0b\x0cy ".strip())
