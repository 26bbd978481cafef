# '%%' with flags, width or precision ('%5%'): CPython 3.11 treats it as a conversion that takes
# an argument, then rejects '%' as its type (or says the arguments ran out first).
for fmt, args in [('%5%', ()), ('%5%', (1,)), ('%5%', 1), ('%-5%|', (1,)), ('%05%|', ('a',)), ('%.3%|', (2,)),
                  ('%(a)%|', {'a': 1}), ('%(a)5%|', {}), ('%(a)5%|', {'a': 2}), ('%*%|', (3,)), ('%*%|', (3, 4)),
                  ('%*%|', ()), ('%5% %d', (1,)), ('%5% %d', (1, 2)), ('%%', (1,)), ('%%', ()), ('%5%', []),
                  ('%s %5%', (1, 2)), ('%5%', {}), ('%5%', 'x'), ('%.%', (1,)), ('% %', (1,)), ('%#%', (1,)),
                  ('%+%', (1,)), ('%%%d%%', (7,)), ('a%%b%%', ())]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
