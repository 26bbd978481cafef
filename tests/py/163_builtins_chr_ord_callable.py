# chr, ord, callable, repr of strings with quotes/escapes
print([ord(c) for c in "AZaz09 ~"], "".join(chr(c) for c in range(65, 75)))
print(chr(ord("a") + 25), ord("\n"), chr(10) == "\n", chr(0x263A), ord("\u263a"))
def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Round Trip")))
class K:
    def m(self):
        pass
    def __call__(self):
        return 1
class NoCall:
    pass
things = [len, print, K, K(), K().m, NoCall(), NoCall, lambda: 0, 5, "s", None, int, str.upper]
print([callable(t) for t in things])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("\\"))
print(repr("\x00\x1f\x7f"), repr("é"), repr("€x"))
print(str(5), str("x"), repr(5), repr("x"), str([1, "x"]), str((None,)))
print(repr(1.0), repr(1e20), repr(1e-7), repr(123456789012345678.0), repr(0.1), repr(-0.0))
print(repr(1 / 3), repr(2 / 3), repr(100.0 / 3), str(1e16), str(12345.678))
