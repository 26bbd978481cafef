# assert statements, with and without messages
def check(x):
    assert x > 0, "x must be positive"
    return x * 2
print(check(4))
try:
    check(-1)
except AssertionError as e:
    print("assertion:", str(e))
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert, args:", e.args)
assert True
assert [1], "non-empty list is truthy"
count = 0
for v in [3, 6, 9]:
    assert v % 3 == 0, "not a multiple: " + str(v)
    count += 1
print("checked", count)
try:
    for v in [2, 4, 5, 8]:
        assert v % 2 == 0, "odd value %d" % v
        print("even", v)
except AssertionError as e:
    print(str(e))
def validate(d):
    assert "name" in d, "missing name"
    assert isinstance(d["name"], str), "name not str"
    return "valid"
for d in [{"name": "x"}, {}, {"name": 3}]:
    try:
        print(validate(d))
    except AssertionError as e:
        print("invalid:", str(e))
