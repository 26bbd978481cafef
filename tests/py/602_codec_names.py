# Every spelling of the supported codecs and error handlers, and names that only look like them
# (builtins/codecs.ts; 611 has the normalisation of punctuation and non-ASCII).
for enc in ("utf-8", "UTF8", "u8", "utf", "ASCII", "us_ascii", "646", "latin-1", "Latin 1", "latin",
            "iso-8859-1", "ISO8859_1", "l1", "cp819", "", "utf-8,utf8", "l", "cp81", "cp8199"):
    try:
        print(repr(enc), "é€".encode(enc, "replace"), b"A\xe9".decode(enc, errors="ignore"))
    except LookupError as e:
        print("LookupError", e)
for h in ("strict", "ignore", "replace", "backslashreplace", "strict,ignore", "bogus", ""):
    try:
        print(repr(h), "é€".encode("ascii", h))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
