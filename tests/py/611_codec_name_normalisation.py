# Codec names are looked up as CPython normalises them (case, runs of punctuation and spaces, the
# aliases of encodings/aliases.py); error handler names are taken exactly as spelled.
names = ["utf8,", "UTF_8", "utf 8", "utf--8", " utf-8 ", "utf.8", "utf-8-", "-utf8", "u8", "U8",
         "utf", "Latin 1", "latin--1", "iso_8859_1", "iso 8859 1", "l1", "646", "us_ascii",
         "US-ASCII", "ascii!", "a.scii", "utf8\t", "utf__8", "cp819", "ISO8859-1", "iso-8859-1,",
         "utf-8\x00", "", "ANSI_X3.4-1968", "ansi x3 4 1968", "ibm819", "8859", "cp65001",
         "csISOLatin1", "iso_ir_100", "us", "utf8_ucs4", "latin-2", "é-utf8", "utf8é", "utf-é8", "utf8-é", "utf\u00a08", "\u00a0utf8", "l1-é", "é-l1", "latin1-é", "ascii\u00a0"]
for n in names:
    try:
        print(repr(n), "é".encode(n), b"\xc3\xa9".decode(n, "replace"))
    except LookupError as e:
        print(repr(n), "LookupError", e)
    except (ValueError, UnicodeError) as e:
        print(repr(n), type(e).__name__, e)
for h in ["ignore", "Ignore", "IGNORE", "strict", "Strict", "replace", "REPLACE",
          "back slash replace", "backslashreplace", "backslash_replace", " ignore"]:
    for data in (b"a\xffb", b"ab"):
        try:
            print(repr(h), data.decode("utf-8", h), "é".encode("ascii", h) if data == b"ab" else "")
        except (LookupError, UnicodeError) as e:
            print(repr(h), type(e).__name__, e)
