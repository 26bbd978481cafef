# quest: a package for 382_multi_module_imports.py (its submodules load in CPython's order)
print("quest: init")
log = []

def note(what):
    log.append(what)
    return len(log)
