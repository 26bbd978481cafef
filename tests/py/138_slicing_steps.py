# Slicing with steps on lists, strings, tuples, ranges, bytes; negative steps and clamping
s = "abcdefghij"
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-3:], s[:-7])
print(s[100:], s[-100:3], s[5:1], s[2:8:3], s[::-100], repr(s[3:3]))
L = list(range(10))
print(L[::3], L[-1:-6:-2], L[7::-3], L[::-1][:3])
t = tuple(L)
print(t[1:9:4], t[::-5])
r = range(0, 30, 3)
print(r[2:6], list(r[::-2]), r[-1], len(r[1:8:2]))
b = b"abcdef"
print(b[::2], b[::-1], b[1:3], b[0], b[-1])
print(L[1:8:2], s[1:8:2], L[-2::-4], s[-1:-8:-3])
def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("hello", -1))
print([s[i:i + 3] for i in range(0, len(s), 3)])
try:
    L[::0]
except ValueError as e:
    print("ValueError:", e)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m[::-1]], m[1][1:])
print("racecar"[::-1] == "racecar", [1, 2, 3][-2:][::-1])
