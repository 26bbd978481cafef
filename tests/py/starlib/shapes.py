# Classes defined outside __main__: their reprs name this module, as CPython's do.
class Square:
    class Corner:
        pass

    def __init__(self, side):
        self.side = side


class ShapeError(Exception):
    pass
