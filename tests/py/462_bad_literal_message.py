# int() quotes at most 200 characters of the bad literal's repr (CPython's %.200R);
# float() quotes all of it (found by the program fuzzer).
for s in ['x' * 300, 'ab', "'" * 250, 'é' * 199 + 'xyz', '1' * 150 + 'z' * 100]:
    try:
        int(s)
    except ValueError as e:
        print(len(str(e)), str(e)[-12:])
try:
    int('g' * 230, 16)
except ValueError as e:
    print(len(str(e)), str(e)[:50])
try:
    float('y' * 300)
except ValueError as e:
    print(len(str(e)), str(e)[-10:])
