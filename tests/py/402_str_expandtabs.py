# str.expandtabs, bytes.expandtabs, bytearray.expandtabs: columns restart at line breaks,
# count characters (not bytes) in str, and the tab size converts like a C int.
samples = ["a\tbc\t\td", "\t", "", "no tabs", "ab\ncd\tx\r\ty", "é\tx\t€\t😀\tz", "12345678\tx", "\t\t\n\t"]
for s in samples:
    for size in (8, 4, 1, 0, -3, 3, True, False):
        print(repr(s.expandtabs(size)), end=" ")
    print(repr(s.expandtabs()), repr(s.expandtabs(tabsize=2)))
for b in (b"a\tb", b"\xff\tx\ny\tz", bytearray(b"ab\tc")):
    print(b.expandtabs(), b.expandtabs(3), type(b.expandtabs()).__name__)
ba = bytearray(b"\t")
print(ba.expandtabs(2) is ba, ba)
for args, kw in (((2.0,), {}), (("4",), {}), ((), {"x": 1}), ((2**31,), {}),
                 ((-(2**31) - 1,), {}), ((2**63,), {}), ((None,), {})):
    try:
        print("a\tb".expandtabs(*args, **kw))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print("a\tb".expandtabs(-(2**31)), "a\tb".expandtabs(2**31 - 2**31 + 5))
