# An uncaught KeyError raised by a dict lookup inside nested calls: exit status 1 and the
# last line shows the repr of the missing key.
def get(d, k):
    return d[k]

def lookup_all(d, keys):
    return [get(d, k) for k in keys]

print(lookup_all({"a": 1}, ["a"]))
print(lookup_all({"a": 1}, ["a", "missing"]))
