# The `with` statement is outside the subset: SyntaxError at line 5, column 5 (the `with`
# keyword inside the loop body).
names = ["a", "b"]
for name in names:
    with open(name) as fh:
        print(fh)
print("unreachable")
