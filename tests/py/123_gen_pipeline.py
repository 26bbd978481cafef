# Generator pipelines: parsing lines, filtering, grouping, and aggregating lazily
LOG = """INFO start
WARN disk 80
INFO step 1
ERROR disk full
INFO step 2
WARN cpu 95
ERROR net down
INFO stop"""

def lines(text):
    for line in text.split("\n"):
        yield line

def parse(ls):
    for line in ls:
        level, _, rest = line.partition(" ")
        yield level, rest

def only(levels, recs):
    for lvl, msg in recs:
        if lvl in levels:
            yield lvl, msg

def numbered(recs, start=1):
    n = start
    for r in recs:
        yield (n,) + r
        n += 1

for row in numbered(only({"WARN", "ERROR"}, parse(lines(LOG)))):
    print(row)

def group_by_level(recs):
    groups = {}
    for lvl, msg in recs:
        groups.setdefault(lvl, []).append(msg)
    return groups
print(group_by_level(parse(lines(LOG))))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def moving_sum(it, n):
    for w in window(it, n):
        yield sum(w)
print(list(moving_sum([1, 4, 2, 8, 5, 7], 2)))
def chunk(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunk("abcdefgh", 3)), [sum(c) for c in chunk(list(range(10)), 4)])
