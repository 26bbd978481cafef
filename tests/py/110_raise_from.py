# raise ... from ...: __cause__, __suppress_context__, and raise from None
class ConfigError(Exception):
    pass

def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad port " + repr(s)) from e

for s in ["80", "http"]:
    try:
        print("port", parse_port(s))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", repr(e.__cause__))
        print("  context is cause:", e.__context__ is e.__cause__)
        print("  suppress:", e.__suppress_context__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key %s" % k) from None
try:
    lookup({}, "z")
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise RuntimeError("outer") from ValueError("root")
except RuntimeError as e:
    print(repr(e), "<-", repr(e.__cause__), e.__context__)

try:
    try:
        1 // 0
    except ZeroDivisionError as z:
        raise TypeError("converted") from z
except TypeError as e:
    c = e.__cause__
    print(type(c).__name__, c.args, type(e.__context__).__name__)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
