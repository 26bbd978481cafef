# Word wrapping, justification and a boxed dialogue renderer (textwrap-like, written by hand).
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]


def box(speaker, text, width=30):
    body = wrap(text, width)
    top = "+" + f" {speaker} ".center(width + 2, "-") + "+"
    rows = [f"| {justify(l, width) if i < len(body) - 1 else l.ljust(width)} |" for i, l in enumerate(body)]
    return "\n".join([top, *rows, "+" + "-" * (width + 2) + "+"])


story = ("The old wizard leaned on his staff and said that the bridge to the northern "
         "kingdom had been washed away by the storms, and that only the supercalifragilistic "
         "ferryman could carry travellers across now.")
print(box("Wizard", story))
print(box("Hero", "Fine.", 12))
for w in (10, 25, 60):
    ls = wrap(story, w)
    print(w, len(ls), max(len(l) for l in ls), ls[0])
print(wrap("", 10), wrap("a b c", 1), justify("a b", 7) + "|")
