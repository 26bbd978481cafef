# str.split / rsplit / splitlines / join in their various forms
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,c".rsplit(",", 1))
print("one two three".split(None, 1), "x".split(","), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)))
print("::".join([]), " ".join(["solo"]), "ab".join("123"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
csv = "name,age,city\nann,30,rome\nbob,25,oslo"
rows = [line.split(",") for line in csv.split("\n")]
header, *data = rows
print([dict(zip(header, r)) for r in data])
words = "The rain in Spain stays mainly".split()
print(" ".join(w[::-1] for w in words), "_".join(w.lower() for w in words))
path = "/usr/local/lib/python"
print(path.split("/"), path.rsplit("/", 2), "/".join(path.split("/")[:-1]))
print("a b  c".split(" ", 1), "1.2.3.4".split(".", maxsplit=2), "a=b=c".rsplit("=", maxsplit=1))
