#!/usr/bin/env python3
"""Writes assembly/objects/unicode-data.ts: the character properties and case mappings the str
methods need, derived from this machine's CPython (the project's oracle), so that isalpha(),
upper(), title(), strip() and repr() agree with it on every code point.

    python3 scripts/gen-unicode.py   # rerun when the oracle's Unicode version changes

Tables (all sorted, searched by bisection):
  PROP_PAGES u16: per page of 2048 code points, the index of its first entry in PROP_RUNS (one
             more entry ends the last page)
  PROP_RUNS  u16: (start - page start) << 5 | combo, a run of code points sharing one property
             combination; each page's first entry starts at its first code point, so a page is
             searched alone (two bytes a run instead of four: 15.4 KB -> 9.8 KB)
  PROP_COMBOS u16: the combinations (bits as in assembly/objects/unicode.ts, namespace UP)
  UPPER_ROWS / LOWER_ROWS  2 x u32 each: start | (step - 1) << 21 | (end - start) << 22, delta
             (i32) (8 bytes a row instead of 12: 4.5 KB -> 3 KB)
  OVERRIDE_KEYS u32: kind << 21 | cp; OVERRIDE_VALUES u16, one per key: pool offset << 4 | byte
             length (6 bytes an override instead of 8)
  POOL: UTF-8 text of the overrides (multi-character results, title/casefold exceptions)
"""
import bisect
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "assembly", "objects", "unicode-data.ts")
MAX = 0x110000
SURROGATES = range(0xD800, 0xE000)
PAGE_BITS = 11
COMBO_BITS = 16 - PAGE_BITS

FLAGS = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "UPPER", "LOWER", "TITLE", "PRINTABLE",
         "ID_START", "ID_CONTINUE", "CASE_IGNORABLE"]


def props(cp):
    c = chr(cp)
    title = unicodedata.category(c) == "Lt"  # (c.istitle() is also true of "A")
    bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isupper(),
            c.islower(), title, c.isprintable(), c.isidentifier(), ("a" + c).isidentifier()]
    cased = c.isupper() or c.islower() or title
    # case-ignorable, as the final-sigma rule sees it: skipped between a cased letter and a sigma
    bits.append(not cased and ("A" + c + "\u03a3").lower()[-1] == "\u03c2")
    return sum(1 << i for i, b in enumerate(bits) if b)


def rows(fn):
    out = []
    for cp in range(MAX):
        if cp in SURROGATES:
            continue
        m = fn(chr(cp))
        if len(m) != 1 or m == chr(cp):
            continue
        d = ord(m) - cp
        if out:
            s, e, dd, st = out[-1]
            if dd == d and cp == e + st:
                out[-1] = (s, cp, d, st)
                continue
            if dd == d and s == e and cp == e + 2:
                out[-1] = (s, cp, d, 2)
                continue
        out.append((cp, cp, d, 1))
    return out


KIND = {"upper": 0, "lower": 1, "title": 2, "fold": 3}


def main():
    combos, runs, prev = [], [], None
    for cp in range(MAX):
        p = 0 if cp in SURROGATES else props(cp)
        if p != prev:
            if p not in combos:
                combos.append(p)
            runs.append((cp, combos.index(p)))
            prev = p
    assert len(combos) <= 1 << COMBO_BITS

    starts = [start for start, _ in runs]
    pages, packed = [], []
    for base in range(0, MAX, 1 << PAGE_BITS):
        pages.append(len(packed))
        first = bisect.bisect_right(starts, base) - 1  # the run holding the page's first code point
        packed.append(runs[first][1])
        for start, combo in runs[first + 1:bisect.bisect_left(starts, base + (1 << PAGE_BITS))]:
            packed.append((start - base) << COMBO_BITS | combo)
    pages.append(len(packed))
    assert len(packed) < 1 << 16

    overrides = {}
    pool = bytearray()
    for cp in range(MAX):
        if cp in SURROGATES:
            continue
        c = chr(cp)
        results = {"upper": c.upper(), "lower": c.lower(), "title": c.title(), "fold": c.casefold()}
        base = {"upper": c.upper(), "lower": c.lower(), "title": c.upper(), "fold": c.lower()}
        for kind, r in results.items():
            # single-character upper/lower come from the rows; title and fold default to them
            if kind in ("upper", "lower") and len(r) == 1:
                continue
            if kind in ("title", "fold") and r == base[kind] and len(r) == 1:
                continue
            data = r.encode("utf-8")
            at = pool.find(data)
            if at < 0:
                at = len(pool)
                pool += data
            assert len(data) < 1 << 4
            overrides[KIND[kind] << 21 | cp] = at << 4 | len(data)
    assert len(pool) < 1 << 12

    def u16s(name, values):
        return f"export const {name} = memory.data<u16>([{','.join(map(str, values))}]);\n"

    def u32s(name, values):
        body = ",".join(str(v) for v in values)
        return f"export const {name} = memory.data<u32>([{body}]);\nexport const {name}_COUNT: u32 = {len(values)};\n"

    def row_words(rs):
        w = []
        for s, e, d, st in rs:
            assert s < 1 << 21 and st <= 2 and e - s < 1 << 10
            w += [s | (st - 1) << 21 | (e - s) << 22, d & 0xFFFFFFFF]
        return w

    keys = sorted(overrides)
    text = [
        "// Generated by scripts/gen-unicode.py from CPython " + sys.version.split()[0] +
        " (Unicode " + unicodedata.unidata_version + "). Do not edit.\n",
        u16s("PROP_PAGES", pages),
        u16s("PROP_RUNS", packed),
        u16s("PROP_COMBOS", combos),
        u32s("UPPER_ROWS", row_words(rows(str.upper))),
        u32s("LOWER_ROWS", row_words(rows(str.lower))),
        u32s("OVERRIDE_KEYS", keys),
        u16s("OVERRIDE_VALUES", [overrides[k] for k in keys]),
        "export const POOL = memory.data<u8>([" + ",".join(map(str, pool)) + "]);\n",
    ]
    with open(OUT, "w") as f:
        f.write("".join(text))


main()
