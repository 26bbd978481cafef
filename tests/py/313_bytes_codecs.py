# str.encode / bytes.decode (utf-8, ascii, latin-1 and their error handlers), int.to_bytes/from_bytes
texts = ["plain", "café", "€uro", "日本語", "emoji \U0001F600!", ""]
for t in texts:
    e = t.encode()
    print(repr(t), e, len(e), e.decode() == t, t.encode("utf-8") == e, bytes(t, "utf8") == e)
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"), b"\xe9".decode("latin-1"), b"\xff\x80".decode("latin1"))
print("aé€😀b".encode("ascii", "ignore"), "aé€😀b".encode("ascii", "replace"), "aé€b".encode("latin-1", "replace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\x80b".decode("ascii", "replace"), b"\xe2\x82".decode("utf-8", errors="replace"))
print("x".encode(encoding="UTF-8"), b"x".decode(encoding="ASCII"), "Ünï".encode("utf_8").decode("utf-8"))
for data, enc in [(b"\xff", "utf-8"), (b"a\xc3", "utf-8"), (b"a\xe2\x82", "utf-8"), (b"\xc3\x28", "utf-8"), (b"\xe0\x80\x80", "utf-8"),
                  (b"\xed\xa0\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8"), (b"ok\x80", "ascii"), (b"x", "utf-16-ish")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, isinstance(e, ValueError), isinstance(e, UnicodeError))
    except LookupError as e:
        print("LookupError:", e)
for text, enc in [("é", "ascii"), ("aéé", "ascii"), ("a€b€€", "latin-1"), ("😀", "ascii"), ("\u0100", "latin-1")]:
    try:
        print(text.encode(enc))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((9223372036854775807).to_bytes(8, "big"), (-9223372036854775807 - 1).to_bytes(8, "big", signed=True), (1).to_bytes(10, "big"), (-1).to_bytes(10, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"", "big"), int.from_bytes([1, 0], "big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
print(int.from_bytes(b"\x00" * 12 + b"\x07", "big"), int.from_bytes(b"\xff" * 12, "big", signed=True), int.from_bytes(b"\x01\x02", byteorder="little"))
for n in [0, 1, 255, 256, 65535, 2 ** 31, 2 ** 40 + 3]:
    for order in ["big", "little"]:
        size = 1
        while n >= 256 ** size:
            size += 1
        assert int.from_bytes(n.to_bytes(size, order), order) == n
print("round trips ok")
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big"), lambda: "x".encode("nope")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
