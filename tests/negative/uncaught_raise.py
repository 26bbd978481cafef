# An explicit raise that nothing catches, after finally blocks have run: exit status 1,
# the finally output appears on stdout, and stderr ends with the exception and message.
def inner():
    try:
        raise ValueError("custom failure 42")
    finally:
        print("inner finally ran")

def outer():
    try:
        inner()
    except KeyError:
        print("not this handler")

outer()
