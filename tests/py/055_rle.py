# Run-length encoding and decoding
def encode(s):
    if not s:
        return []
    out = []
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append((prev, n))
            prev = ch
            n = 1
    out.append((prev, n))
    return out
def to_text(pairs):
    return "".join([str(n) + ch for ch, n in pairs])
def decode_text(t):
    out = ""
    num = 0
    for ch in t:
        if "0" <= ch <= "9":
            num = num * 10 + int(ch)
        else:
            out += ch * num
            num = 0
    return out
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = encode(s)
    t = to_text(e)
    print(repr(s), e, t, decode_text(t) == s)
def look_and_say(s):
    return "".join([str(n) + ch for ch, n in encode(s)])
term = "1"
for i in range(8):
    print(term)
    term = look_and_say(term)
print(len(term))
