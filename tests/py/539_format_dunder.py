# __format__ of user objects: f-strings with and without a spec, format(x) (spec ""), str.format;
# "%s" % obj with one user object (str's % runs before obj.__rmod__, as in CPython).
class P:
    def __str__(self): return "strP"
    def __repr__(self): return "reprP"
    def __rmod__(self, other): return "rmod"
class F:
    def __format__(self, spec): return "F[" + spec + "]"
print("%s" % P(), "%r" % P(), "%s|%s" % (P(), 1), "%-6s|" % P())
print(f"{F()}", f"{F():>4}", format(F()), format(F(), "x"), "{}".format(F()), "{:q}".format(F()), f"{F()!s}"[:5], f"{P()}")
