# Text beyond ASCII, as localised game text needs it: case mapping with special cases,
# predicates, whitespace, padding with wide fill characters, identifiers.
words = ["straße", "ÉCOLE", "ǆemal", "ΟΔΥΣΣΕΥΣ", "İstanbul", "ﬁnal", "Ωmega", "ßig", "naïve café"]
for w in words:
    print(w, "|", w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ΑΣ ΑΣ.".lower(), "Σ".lower(), "ΑΣΑ".lower())
samples = ["١٢٣", "²", "½", "Ⅻ", "ǅ", "ﾟ", "\u00a0", "\u2003x", "漢字", "e\u0301", "😀", "\x1c"]
for s in samples:
    flags = [s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isupper(),
             s.islower(), s.istitle(), s.isprintable(), s.isidentifier(), s.isascii()]
    print(ascii(s), "".join("1" if f else "." for f in flags))
print("\u3000 a\u00a0b \u2028c\n".split())
print("[" + "\u00a0\u2003 x \u3000".strip() + "]", "xyxhixy".strip("xy"), "ééhé".strip("é"))
print("ok".center(7, "★"), "ok".ljust(5, "·"), "ok".rjust(5, "—"))
print("名前".center(6, "*"), len("名前".center(6)))
print("größe".isidentifier(), "2x".isidentifier(), "_x1".isidentifier(), "ä_1".isidentifier())
counts = {}
for ch in "Hello, Wörld! Ünïcödé".lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print("a\u3000bé  cé\u00a0d".rsplit(None, 2), "x é y".rsplit(maxsplit=1), "ééx".rstrip("é"), "Ωé".rsplit())
