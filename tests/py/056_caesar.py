# Caesar cipher and ROT13 with chr/ord, brute-force decoding
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch
def caesar(s, k):
    return "".join([shift_char(c, k) for c in s])
msg = "Hello, Stackless World!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
print(caesar("xyz XYZ", 4), caesar("abc", -29))
secret = caesar("attack at dawn", 11)
print(secret)
for k in range(26):
    guess = caesar(secret, -k)
    if guess.startswith("attack"):
        print("key found:", k, guess)
        break
print(ord("A"), ord("a"), ord("0"), chr(65), chr(122), chr(48))
def vigenere(s, key):
    out = []
    i = 0
    for ch in s:
        if "a" <= ch <= "z":
            out.append(shift_char(ch, ord(key[i % len(key)]) - ord("a")))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("attack at dawn", "lemon")
print(v)
