# Palindromes: strings, cleaned phrases, numbers, longest palindromic substring
def is_pal(s):
    return s == s[::-1]
def clean(s):
    out = ""
    for ch in s.lower():
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            out += ch
    return out
for s in ["racecar", "level", "hello", "", "a", "ab"]:
    print(repr(s), is_pal(s))
for p in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Not a palindrome"]:
    print(p, "->", is_pal(clean(p)))
def is_pal_num(n):
    orig = n
    rev = 0
    while n > 0:
        rev = rev * 10 + n % 10
        n //= 10
    return rev == orig
print([n for n in range(100, 200) if is_pal_num(n)])
def longest_pal(s):
    best = ""
    for c in range(len(s)):
        for lo, hi in [(c, c), (c, c + 1)]:
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abc"]:
    print(s, longest_pal(s))
def is_pal_rec(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_pal_rec(s[1:-1])
print(is_pal_rec("rotator"), is_pal_rec("rotater"))
