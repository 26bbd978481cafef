# Class keywords (metaclass=...) are outside the supported subset: the compiler names the
# construct and its position.
class Base:
    pass


class Meta(type):
    pass


def make():
    class C(Base, metaclass=Meta):
        pass
    return C
