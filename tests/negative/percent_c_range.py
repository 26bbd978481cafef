# '%c' % -7 built a str whose UTF-8 was corrupt (it read memory past its end: ord 262144, wrong
# encode(), a concatenation swallowing what followed); '%c' % 0x110000 gave ord 0. CPython
# raises OverflowError.
for c in (-7, 0x110000, -(2**31), 2**64):
    try:
        s = "%c" % c
        print("built", len(s), ord(s), s.encode("utf-8", "surrogatepass"))
    except OverflowError as e:
        print("OverflowError", e)
s = "%c" % 233 + "%c" % 0x10FFFF
print(len(s), [ord(ch) for ch in s], s.encode("utf-8"), len(s + "abc"))
"%c" % -7
