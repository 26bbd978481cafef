# Positional-only parameters (/) are not supported yet.
def clamp(x, lo, hi, /):
    return max(lo, min(x, hi))


print(clamp(5, 0, 3))
