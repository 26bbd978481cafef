# A documented difference (docs/language.md, Numbers): there are no complex numbers, so a negative
# float to a fractional power raises ValueError (CPython 3 returns a complex number).
x = -7
print(x ** 2.5)
