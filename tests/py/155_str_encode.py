# str.encode / bytes.decode round trips, utf-8 lengths, ord/chr over non-ASCII, errors
texts = ["plain", "café", "naïve résumé", "日本", "€5", "emoji \U0001F600"]
for t in texts:
    b = t.encode("utf-8")
    print(repr(t), len(t), len(b), b, b.decode("utf-8") == t)
print("abc".encode("ascii"), "abc".encode())
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", isinstance(e, ValueError))
print("café".encode("ascii", "ignore"), "café".encode("ascii", "replace"))
print(b"caf\xe9".decode("latin-1"), "é".encode("latin-1"))
print([ord(c) for c in "aé€"], chr(233), chr(8364), chr(0x1F600) == "\U0001F600")
print("\u00e9" == "é", len("\u00e9"), "\x41\x42", "\u03b1")
s = "héllo wörld"
print(s.upper(), s[1], s[::-1], s.find("ö"), s.encode()[1:3])
def utf8_len(ch):
    o = ord(ch)
    return 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
print([utf8_len(c) for c in "aé€\U0001F600"], sum(utf8_len(c) for c in "naïve résumé"))
print(bytes([0xE2, 0x82, 0xAC]).decode(), "Z".encode()[0], repr("\t\n\x00\x7f"))
