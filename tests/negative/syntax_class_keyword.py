# Class keywords other than metaclass= (passed to __init_subclass__ in CPython) are outside the
# supported subset: the compiler names the construct and its position.
class Base:
    pass


def make():
    class C(Base, flag=True):
        pass
    return C
