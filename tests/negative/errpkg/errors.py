# An exception class defined outside __main__ (see ../uncaught_module_exception.py).
class Outer:
    class NestedError(Exception):
        pass


class GameError(Exception):
    pass
