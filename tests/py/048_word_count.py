# Word frequency counting with dicts; ties broken by first occurrence
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog"""
counts = {}
for line in text.split("\n"):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(counts)
print(len(counts), "distinct words")
best = None
for w in counts:
    if best is None or counts[w] > counts[best]:
        best = w
print("most common:", best, counts[best])
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, []).append(w)
for c in sorted(by_count, reverse=True):
    print(c, sorted(by_count[c]))
lengths = {}
for w in counts:
    n = len(w)
    lengths[n] = lengths.get(n, 0) + counts[w]
for n in sorted(lengths):
    print("len %d: %d" % (n, lengths[n]))
letters = {}
for ch in text:
    if ch != " " and ch != "\n":
        letters[ch] = letters.get(ch, 0) + 1
top = sorted([(c, ch) for ch, c in letters.items()], reverse=True)[:5]
print(top)
