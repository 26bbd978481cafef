# The text methods of bytes and bytearray: search, split/join, strip, case, predicates, padding
b = b"  Hello, World! Hello!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b"xxhixx".strip(b"x"), b"".strip())
print(b.find(b"Hello"), b.rfind(b"Hello"), b.find(b"nope"), b.find(72), b.rfind(108), b.find(b"l", 5, 9))
print(b.index(b"World"), b.rindex(b"o"), b.count(b"l"), b.count(108), b.count(b""), b"aaa".count(b"aa"))
print(b.startswith(b"  He"), b.endswith(b"!  "), b.startswith((b"x", b"  ")), b"abc".startswith(b"b", 1), b"abc".endswith(b"b", 0, 2))
print(b"a,b,,c".split(b","), b"a b  c\n".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"  x  y ".rsplit())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b", ").join([b"x", b"y"]), b"+".join(x for x in [b"1", b"2"]))
print(b"Hello".upper(), b"Hello".lower(), b"hello world".title(), b"hELLO".capitalize(), b"Hello".swapcase())
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t\n".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isalpha(), b"Ab Cd".istitle())
print(b"ab".center(6), b"ab".center(7, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"42".zfill(5), b"-42".zfill(5), b"abc".center(2))
print(b"one two one".replace(b"one", b"1"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
print(b"line1\nline2\r\nline3".splitlines(), b"a\nb\n".splitlines(True), b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"))
ba = bytearray(b"  Mixed Case  ")
print(ba.strip(), ba.upper(), ba.split(), ba.replace(b" ", b"_"), ba.find(b"Case"), ba.count(32), ba.partition(b" "))
print(type(ba.strip()).__name__, type(ba.split()[0]).__name__, ba.strip() is ba, ba.startswith(b"  M"), b"x".join([ba, ba]))
print(b"\xe9t\xe9".upper(), b"caf\xc3\xa9".lower(), b"abc".hex(), b"\x00\xff".hex(), b"abc".hex(":"), bytearray(b"\x10").hex())
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""), bytes.fromhex("AbCd"))
for bad in [lambda: b"abc".find("a"), lambda: b"abc".split("a"), lambda: b"abc".startswith("a"), lambda: b"abc".replace("a", b"b"),
            lambda: b",".join([b"a", "b"]), lambda: b"abc".index(b"z"), lambda: b"abc".find(256), lambda: b"ab".center(5, "x"),
            lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc"), lambda: b"a".split(b"")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
