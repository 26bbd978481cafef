# A documented limit (docs/language.md, Numbers): a range whose items leave 64 bits. CPython
# iterates range(10**20, 0, -10**19); here range() raises OverflowError.
r = range(10**20, 0, -10**19)
print("not reached", r)
