# and/or return operands, not, truthiness of builtin values
print(True and False, True or False, not True, not 0)
print(0 or "default", "" or None, [] or [1], 3 and 4, 0 and 4)
print(None or 0 or "last")
for v in [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (1,), {}, {"k": 1}, None]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
print(bool(0), bool(7), bool(""), bool("x"), bool([]), bool(None))
seen = []
def t(v):
    seen.append(v)
    return v
r = t(0) and t(1)
r2 = t(2) or t(3)
r3 = t(None) or t("") or t("z")
print(r, r2, r3, seen)
print(True + True, True * 10, False - 1)
print(not (1 and 0), not [] and not "")
