"""TEMPORARY (lead's scaffolding until the codec branch lands): the value codec's interface."""
import msgpack


def encode_value(v):
    return msgpack.packb(v, use_bin_type=True)


def decode_value(b):
    return msgpack.unpackb(b, raw=False, strict_map_key=False)
