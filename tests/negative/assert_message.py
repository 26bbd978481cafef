# A failing assert with a message: uncaught AssertionError carrying the message,
# exit status 1.
def check(v):
    assert v > 0, "value must be positive, got %d" % v
    return v

print(check(1))
check(-3)
