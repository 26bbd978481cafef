# `from starlib.with_all import *` binds exactly the names in __all__ (even a private one).
__all__ = ["visible", "_chosen", "Shape"]

visible = "visible"
_chosen = "chosen although private"
hidden = "not in __all__"


class Shape:
    sides = 0
