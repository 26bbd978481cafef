"""from __future__ imports: every feature CPython 3 knows is accepted (they change nothing in
3.x), and binds the feature object like CPython's __future__ module does."""
from __future__ import absolute_import, division, print_function
from __future__ import generators, nested_scopes, with_statement, unicode_literals
from __future__ import generator_stop, annotations
import __future__

print(1 / 2, 7 // 2)
print(division)
print(annotations.getOptionalRelease(), annotations.getMandatoryRelease())
print(print_function.compiler_flag == __future__.CO_FUTURE_PRINT_FUNCTION, division.compiler_flag)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease()[:2], feature.getMandatoryRelease())


def f(x: int) -> "int":
    return x + 1


print(f(1))
