# print() with sep=, end=, multiple args, empty print, flush=, and print of nested structures
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print()
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print(*range(5), sep="-")
print("x", end="")
print("y", end="")
print("z", end="\n\n")
print("multi\nline", "arg", sep="\t")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("flushed", flush=True)
print(sep="ignored", end="only end\n")
print("", "", sep="[]")
print(*"abc", sep="", end="!\n")
print(None, sep=None, end=None)
rows = [[1, 2, 3], [40, 50, 60]]
for r in rows:
    print(*r, sep="\t")
print("%s=%d" % ("k", 1), "{}".format([]), f"{()}", sep="; ")
