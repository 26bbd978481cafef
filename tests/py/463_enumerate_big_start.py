# enumerate counts in ints of any size, like CPython (found by the program fuzzer).
print(list(enumerate('abc', 2**70)))
print(list(enumerate('ab', -2**70)))
print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('ab', start=-2**63)))
print(list(enumerate('abc', -2**63 - 1)))
e = enumerate('xyz', 2**64)
print(next(e))
del e
for i, c in enumerate('pq', True):
    print(i, c)
