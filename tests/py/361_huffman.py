# Huffman coding with deterministic tie-breaking, encode/decode round trip and compression ratio.
def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    seq = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (n1, _, a), (n2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(n1 + n2, seq, (a, b))]
        seq += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix or "0"

    walk(nodes[0][2], "")
    return codes, nodes[0][2]


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if not isinstance(node, tuple):
            out.append(node)
            node = tree
    return "".join(out)


for text in ["abracadabra", "the quick brown fox jumps over the lazy dog", "aaaaaaab"]:
    codes, tree = build(text)
    bits = encode(text, codes)
    print(repr(text))
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"  {ch!r}: {codes[ch]}")
    print(f"  {len(bits)} bits vs {len(text) * 8}: {len(bits) / (len(text) * 8):.1%}", decode(bits, tree) == text)
    packed = [int(bits[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(bits), 8)]
    print("  bytes", packed[:8], "".join(f"{b:02x}" for b in packed[:8]))
