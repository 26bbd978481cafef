# divmod() of operands that are not numbers: CPython's TypeError names divmod(), not //
# (found by the program fuzzer).
class B:
    pass
for a, b in [(1, 'x'), ('x', 1), (1.5, None), (B(), 1), (1, B()), ([], []), ((1,), 2), (2, {})]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(e)
print(divmod(True, 2), divmod(7, -2), divmod(-7.5, 2), divmod(2**70, 3), divmod(-5, 2.5))
