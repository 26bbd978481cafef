# find/rfind/index/rindex/count/startswith/endswith incl. start/end args and tuples
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.rfind("dog"))
print(s.find("at", 10, 20), s.index("sat"), s.rindex("at"), s.count("at"), s.count("the", 5))
print(s.count(""), "aaa".count("aa"), s.count("t", 0, 10))
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("hat"), s.endswith("mat", 0, 22))
print(s.startswith(("a", "t")), s.endswith(("x", "y")), "file.txt".endswith((".py", ".txt")))
try:
    s.index("zebra")
except ValueError as e:
    print("ValueError:", e)
def all_positions(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out
print(all_positions(s, "at"), all_positions("aaaa", "aa"))
print("at" in s, "dog" not in s, "" in s, s.find(""), s.rfind(""))
word = "banana"
print(word.find("an"), word.rfind("an"), word.find("an", -3), word.count("a", -3))
print(word.index("n", 3), word.rindex("a", 0, 4), word.startswith(""), "".find("a"))
