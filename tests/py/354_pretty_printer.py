# A recursive serializer and pretty printer for nested game data (dict/list/tuple/str/num/bool/None).
def dumps(v, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(v, dict):
        if not v:
            return "{}"
        body = ",\n".join(f"{inner}{dumps(str(k))}: {dumps(val, indent + step)}" for k, val in v.items())
        return "{\n" + body + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
            return "[" + ", ".join(dumps(x) for x in v) + "]"
        return "[\n" + ",\n".join(inner + dumps(x, indent + step) for x in v) + "\n" + pad + "]"
    if isinstance(v, str):
        escaped = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, float) and v == int(v):
        return f"{v:.1f}"
    return str(v)


def loads_numbers(text):
    out, num = [], ""
    for ch in text + " ":
        if ch.isdigit() or (ch in "-." and not num.endswith(".")):
            num += ch
        elif num:
            out.append(float(num) if "." in num else int(num))
            num = ""
    return out


save = {
    "player": {"name": "Ana \"the Bold\"", "level": 7, "pos": (3.5, -2.0), "alive": True},
    "inventory": [{"id": 1, "qty": 3}, {"id": 9, "qty": 1, "tags": ["rare", "quest"]}],
    "flags": {"door_open": False, "boss": None},
    "scores": [10, 250, -3, 1.25],
    "notes": "line1\nline2",
    "empty": {"list": [], "dict": {}},
}
text = dumps(save)
print(text)
print(len(text), text.count("\n"), loads_numbers(text))


def depth_count(v, depth=0, acc=None):
    if acc is None:
        acc = {}
    acc[depth] = acc.get(depth, 0) + 1
    children = v.values() if isinstance(v, dict) else v if isinstance(v, (list, tuple)) else []
    for c in children:
        depth_count(c, depth + 1, acc)
    return acc


print(depth_count(save))
print(repr(save["player"]), str(save["scores"]))
