# pkgdemo: a tiny package used by 206_package_import.py
print("pkgdemo: initializing")
VERSION = (1, 2)
registry = []

def register(name):
    registry.append(name)
    return len(registry)
