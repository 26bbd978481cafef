"""The Python host's side of values crossing the boundary (host/wasmtime/values.py), run by
tests/host/values-wasmtime.test.ts with the venv's python. The bytes are the hand-written ones
tests/host/values.test.ts and tests/assembly/msgpack.spec.ts expect from the TS host and the VM.
Prints "ok <count>" when every check passed; any failure is an uncaught exception."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "host", "wasmtime"))
from values import encode_value, decode_value  # noqa: E402

Z = lambda n: "00" * n  # noqa: E731

# (value, its canonical bytes, what the bytes decode to when it is not the value itself)
CASES = [
    (None, "c0"), (True, "c3"), (False, "c2"),
    (1.5, "cb3ff8000000000000"), (1.0, "cb3ff0000000000000"), (float("inf"), "cb7ff0000000000000"),
    (0, "00"), (127, "7f"), (128, "cc80"), (255, "ccff"), (256, "cd0100"), (65535, "cdffff"),
    (65536, "ce00010000"), (2**30, "ce40000000"), (2**32 - 1, "ceffffffff"), (2**32, "cf0000000100000000"),
    (-1, "ff"), (-32, "e0"), (-33, "d0df"), (-128, "d080"), (-129, "d1ff7f"), (-32768, "d18000"),
    (-32769, "d2ffff7fff"), (-(2**31), "d280000000"), (-(2**31) - 1, "d3ffffffff7fffffff"),
    (2**63 - 1, "cf7fffffffffffffff"), (2**63, "cf8000000000000000"), (2**64 - 1, "cfffffffffffffffff"),
    (-(2**63), "d38000000000000000"),
    (2**64, "c70901" + "01" + Z(8)), (-(2**64), "c70901" + "ff" + Z(8)),
    (-(2**63) - 1, "c70901ff7fffffffffffffff"), (-(2**64) + 1, "c70901ff0000000000000001"),
    (2**71, "c70a01" + "0080" + Z(8)), (-(2**71), "c70901" + "80" + Z(8)),
    (2**120, "d801" + "01" + Z(15)), (2**200, "c71a01" + "01" + Z(25)), (-(2**200), "c71a01" + "ff" + Z(25)),
    ("", "a0"), ("é", "a2c3a9"), ("a" * 31, "bf" + "61" * 31), ("a" * 32, "d920" + "61" * 32),
    ("a" * 256, "da0100" + "61" * 256),
    (b"", "c400"), (b"ab\xff", "c4036162ff"), (bytearray(b"ab\xff"), "c4036162ff", b"ab\xff"),
    ([], "90"), ((1, "x"), "9201a178", [1, "x"]), (list(range(16)), "dc0010000102030405060708090a0b0c0d0e0f"),
    ({"a": 1, -2: None, True: (1, "x")}, "83a16101fec0019201a178", {"a": 1, -2: None, 1: [1, "x"]}),
    ({"k": [[7], [7]]}, "81a16b9291079107"),
    ({2**64: 2}, "81c70901" + "01" + Z(8) + "02"),
]


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def raises(exc, message, f, *args):
    try:
        f(*args)
    except exc as e:
        check(message is None or str(e) == message, f"{message!r} != {str(e)!r}")
        return
    raise AssertionError(f"no {exc.__name__}: {message}")


def nest(n, inner):
    for _ in range(n):
        inner = [inner]
    return inner


def main():
    count = 0
    for case in CASES:
        v, h = case[0], case[1]
        want = case[2] if len(case) > 2 else v
        check(encode_value(v).hex() == h, f"{v!r}: {encode_value(v).hex()} != {h}")
        got = decode_value(bytes.fromhex(h))
        check(got == want and type(got) is type(want), f"{h}: {got!r} != {want!r}")
        count += 1
    # other forms of the same values
    for h, want in [("ca3fc00000", 1.5), ("d40105", 5), ("d401ff", -1), ("c70001", 0), ("c7020100ff", 255),
                    ("c70901" + "00" + "8000000000000000", 2**63), ("d903616263", "abc"), ("8101c0", {1: None})]:
        check(decode_value(bytes.fromhex(h)) == want, h)
        count += 1
    # what cannot cross
    class Npc:
        pass
    l = [1]
    l.append(l)
    d = {}
    d["me"] = [d]
    for v, message in [
        (len, "cannot send a 'builtin_function_or_method' object to the script"),
        (lambda: 1, "cannot send a 'function' object to the script"),
        ({1}, "cannot send a 'set' object to the script"),
        (Npc(), "cannot send a 'Npc' object to the script"),
        ([1, {"f": Npc}], "cannot send a 'type' object to the script"),
        ({1.5: 1}, "cannot send a dict key of type 'float' to the script"),
        ({(1,): 1}, "cannot send a dict key of type 'tuple' to the script"),
        (l, "cannot send a recursive 'list' to the script"),
        (d, "cannot send a recursive 'dict' to the script"),
        (nest(100, []), "cannot send a 'list' nested more than 100 deep to the script"),
    ]:
        raises(TypeError, message, encode_value, v)
        count += 1
    check(encode_value(nest(100, 1)).hex() == "91" * 100 + "01", "100 deep")
    check(decode_value(bytes.fromhex("91" * 99 + "90")) == nest(99, []), "100 deep")
    # bad bytes
    for h, message in [
        ("", None), ("0102", None), ("c1", None), ("92", None), ("a2c328", None), ("dd80000000", None),
        ("d40200", "unsupported MessagePack ext type 2"), ("d6ff00000000", "unsupported MessagePack ext type -1"),
        ("81cb3ff800000000000001", "MessagePack map key must be str or int, not 'float'"),
        ("81c301", "MessagePack map key must be str or int, not 'bool'"),
        ("81c001", "MessagePack map key must be str or int, not 'NoneType'"),
        ("91" * 101 + "c0", "MessagePack value nested more than 100 deep"),
        ("91" * 100 + "90", "MessagePack value nested more than 100 deep"),
    ]:
        raises(ValueError, message, decode_value, bytes.fromhex(h))
        count += 1
    print("ok", count)


main()
