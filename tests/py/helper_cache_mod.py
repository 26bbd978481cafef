VALUE = "initial"

def bump():
    global VALUE
    VALUE = "bumped by the module"

def describe():
    return "describe " + VALUE
