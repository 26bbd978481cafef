# isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isdecimal, isnumeric, isidentifier
samples = ["123", "abc", "abc123", "   ", "", "ABC", "Abc Def", "abc def", "12.5",
           "-7", "\t\n", "Hello", "héllo", "_name1", "1name", "x y"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
             s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier()]
    print("%-9r" % s, "".join("1" if f else "." for f in flags))
def classify(ch):
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "U" if ch.isupper() else "L"
    if ch.isspace():
        return "_"
    return "P"
print("".join(classify(c) for c in "Hi there, R2D2!"))
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("NUM", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("ID", src[i:j]))
            i = j
        else:
            toks.append(("OP", c))
            i += 1
    return toks
print(tokenize("x1 = 42 + foo_bar*(7-y)"))
print("ABC".isascii(), "é".isascii(), "A1".isupper(), "a1".islower(), "1".isupper())
