"""Values crossing the boundary between a Python host (the wasmtime bindings) and the script.

The mapping of docs/abi.md, "Values across the boundary"; the VM's side is
assembly/host/msgpack.ts, the TypeScript host's host/runtime/values.ts. The bytes are the msgpack
package's (pinned in scripts/ensure-venv.sh): this module checks what may cross and maps ints
outside int64/uint64 to ext 1 and back.

  encode_value(v) -> bytes    None, bool, int (any size), float, str, bytes/bytearray/memoryview,
                              list and tuple (both an array), dict with str or int keys (a bool
                              key is its int, as True and 1 are one key). Subclasses of these are
                              sent as the base type. Anything else, a cycle, or containers nested
                              more than MAX_DEPTH deep: TypeError naming the type.
  decode_value(b) -> object   nil None, ints int, float 32/64 float, str str, bin bytes, array
                              list, map dict (keys str or int only). Malformed, truncated or
                              trailing bytes, invalid UTF-8, an ext other than 1, another key, or
                              nesting past MAX_DEPTH: ValueError.
"""
import msgpack

MAX_DEPTH = 100
EXT_INT = 1
_INT64_MIN = -(1 << 63)
_UINT64_END = 1 << 64


def encode_value(v):
    return msgpack.packb(_prepare(v, []), use_bin_type=True, default=_big_int)


def _refuse(prefix, v, suffix):
    return TypeError(f"{prefix}'{type(v).__name__}'{suffix}")


def _prepare(v, path):
    """v checked (and a dict with bool keys copied with int keys); path: the open containers."""
    if v is None or isinstance(v, (bool, int, float, str, bytes, bytearray, memoryview)):
        return v
    if not isinstance(v, (list, tuple, dict)):
        raise _refuse("cannot send a ", v, " object to the script")
    if any(c is v for c in path):
        raise _refuse("cannot send a recursive ", v, " to the script")
    if len(path) == MAX_DEPTH:
        raise _refuse("cannot send a ", v, f" nested more than {MAX_DEPTH} deep to the script")
    path.append(v)
    if isinstance(v, dict):
        items = []
        for k, x in v.items():
            if isinstance(k, bool):
                k = int(k)
            elif not isinstance(k, (str, int)):
                raise _refuse("cannot send a dict key of type ", k, " to the script")
            items.append((k, _prepare(x, path)))
        out = v if all(k is k0 and x is x0 for (k, x), (k0, x0) in zip(items, v.items())) else dict(items)
    else:
        items = [_prepare(x, path) for x in v]
        out = v if all(x is x0 for x, x0 in zip(items, v)) else items
    path.pop()
    return out


def _big_int(i):
    """msgpack calls this for an int outside int64/uint64 (and nothing else: _prepare refused it)."""
    if type(i) is not int and isinstance(i, int):
        i = int(i)
    if not isinstance(i, int) or _INT64_MIN <= i < _UINT64_END:
        raise TypeError(f"cannot send a '{type(i).__name__}' object to the script")
    # minimal big-endian two's complement: the bits and a sign bit
    n = (i.bit_length() if i >= 0 else (-i - 1).bit_length()) // 8 + 1
    return msgpack.ExtType(EXT_INT, i.to_bytes(n, "big", signed=True))


def decode_value(b):
    v = msgpack.unpackb(b, raw=False, strict_map_key=False, ext_hook=_ext, object_pairs_hook=_map)
    _check(v, 0)
    return v


def _ext(code, data):
    if code != EXT_INT:
        raise ValueError(f"unsupported MessagePack ext type {code}")
    return int.from_bytes(data, "big", signed=True)


def _map(pairs):
    for k, _ in pairs:
        if type(k) is not str and type(k) is not int:
            name = "NoneType" if k is None else type(k).__name__
            raise ValueError(f"MessagePack map key must be str or int, not '{name}'")
    return dict(pairs)


def _check(v, depth):
    """The nesting bound, and no ext -1: msgpack reads it itself (a Timestamp), not via _ext."""
    if isinstance(v, msgpack.Timestamp):
        raise ValueError("unsupported MessagePack ext type -1")
    if isinstance(v, (list, dict)):
        if depth == MAX_DEPTH:
            raise ValueError(f"MessagePack value nested more than {MAX_DEPTH} deep")
        for x in (v.values() if isinstance(v, dict) else v):
            _check(x, depth + 1)
