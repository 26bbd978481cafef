# A backtracking regular-expression matcher for assertRegex/assertRaisesRegex while the VM has
# no re module (compile() below uses re when it exists).

__unittest = True  # marks this module's frames, which error reports leave out


class Regex:
    """A backtracking matcher for the pattern subset tests use: literals and escapes, `.`,
    classes `[a-z]` `[^…]`, `\\d \\w \\s` (and upper-case negations), greedy `* + ? {m} {m,n}`,
    `^`, `$`, groups `( )` `(?: )` and `|`. Used when the VM has no `re` module."""

    def __init__(self, pattern):
        self.pattern = pattern
        self._pos = 0
        self._node = self._alternation()
        if self._pos != len(pattern):
            raise ValueError("unbalanced parenthesis in pattern %r" % pattern)

    # parsing: a node is ('alt', [seq…]) / ('seq', [item…]) / ('rep', node, lo, hi) /
    # ('set', negated, [(lo, hi)…], classes) / ('any',) / ('bol',) / ('eol',) / ('lit', ch)
    def _alternation(self):
        branches = [self._sequence()]
        while self._pos < len(self.pattern) and self.pattern[self._pos] == '|':
            self._pos += 1
            branches.append(self._sequence())
        return ('alt', branches)

    def _sequence(self):
        items = []
        p = self.pattern
        while self._pos < len(p) and p[self._pos] not in '|)':
            atom = self._atom()
            if self._pos < len(p) and p[self._pos] in '*+?{':
                atom = self._quantifier(atom)
            items.append(atom)
        return ('seq', items)

    def _quantifier(self, atom):
        p = self.pattern
        c = p[self._pos]
        if c == '{':
            end = p.find('}', self._pos)
            if end < 0:
                return atom
            body = p[self._pos + 1:end]
            parts = body.split(',')
            try:
                lo = int(parts[0]) if parts[0] else 0
                hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else -1)
            except ValueError:
                return atom
            self._pos = end + 1
        else:
            self._pos += 1
            lo, hi = {'*': (0, -1), '+': (1, -1), '?': (0, 1)}[c]
        if self._pos < len(p) and p[self._pos] == '?':
            self._pos += 1  # a lazy quantifier: search() only asks whether a match exists
        return ('rep', atom, lo, hi)

    def _atom(self):
        p = self.pattern
        c = p[self._pos]
        self._pos += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if p.startswith('?:', self._pos):
                self._pos += 2
            node = self._alternation()
            if self._pos >= len(p) or p[self._pos] != ')':
                raise ValueError("missing ), unterminated subpattern in %r" % p)
            self._pos += 1
            return node
        if c == '[':
            return self._set()
        if c == '\\':
            return self._escape(False)
        return ('lit', c)

    def _escape(self, in_set):
        p = self.pattern
        if self._pos >= len(p):
            raise ValueError("bad escape (end of pattern)")
        c = p[self._pos]
        self._pos += 1
        if c in 'dwsDWS':
            return ('set', c.isupper(), [], c.lower())
        lit = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(c, c)
        return ('lit', lit)

    def _set(self):
        p = self.pattern
        negated = False
        if self._pos < len(p) and p[self._pos] == '^':
            negated = True
            self._pos += 1
        ranges = []
        classes = ''
        first = True
        while self._pos < len(p) and (p[self._pos] != ']' or first):
            first = False
            c = p[self._pos]
            self._pos += 1
            if c == '\\':
                node = self._escape(True)
                if node[0] == 'set':
                    classes += node[3] if not node[1] else node[3].upper()
                    continue
                c = node[1]
            if self._pos + 1 < len(p) and p[self._pos] == '-' and p[self._pos + 1] != ']':
                hi = p[self._pos + 1]
                self._pos += 2
                if hi == '\\':
                    hi = self._escape(True)[1]
                ranges.append((c, hi))
            else:
                ranges.append((c, c))
        if self._pos >= len(p):
            raise ValueError("unterminated character set in %r" % p)
        self._pos += 1
        return ('set', negated, ranges, classes)

    # matching: continuation-passing, so a repetition backtracks into what follows it
    def _class_has(self, cls, ch):
        if cls == 'd':
            return ch.isdigit()
        if cls == 'w':
            return ch.isalnum() or ch == '_'
        if cls == 's':
            return ch.isspace()
        return not self._class_has(cls.lower(), ch)

    def _set_has(self, node, ch):
        hit = False
        for lo, hi in node[2]:
            if lo <= ch <= hi:
                hit = True
        for cls in node[3]:
            if self._class_has(cls, ch):
                hit = True
        return hit != node[1]

    def _m(self, node, s, i, k):
        kind = node[0]
        if kind == 'lit':
            return i < len(s) and s[i] == node[1] and k(i + 1)
        if kind == 'any':
            return i < len(s) and s[i] != '\n' and k(i + 1)
        if kind == 'set':
            return i < len(s) and self._set_has(node, s[i]) and k(i + 1)
        if kind == 'bol':
            return i == 0 and k(i)
        if kind == 'eol':
            return (i == len(s) or (i == len(s) - 1 and s[i] == '\n')) and k(i)
        if kind == 'seq':
            return self._seq(node[1], 0, s, i, k)
        if kind == 'alt':
            for branch in node[1]:
                if self._m(branch, s, i, k):
                    return True
            return False
        return self._rep(node, s, i, k, 0)

    def _seq(self, items, n, s, i, k):
        if n == len(items):
            return k(i)
        return self._m(items[n], s, i, lambda j: self._seq(items, n + 1, s, j, k))

    def _rep(self, node, s, i, k, count):
        atom, lo, hi = node[1], node[2], node[3]
        if hi < 0 or count < hi:
            # greedy: one more first; an empty iteration ends the loop (no infinite repeat)
            if self._m(atom, s, i, lambda j: j != i and self._rep(node, s, j, k, count + 1)):
                return True
        return count >= lo and k(i)

    def search(self, s):
        """The leftmost match as an object with start(), end() and group(), or None; at a
        position the alternatives are tried in re's order, so the span is re's."""
        ends = []

        def found(j):
            ends.append(j)
            return True
        for start in range(len(s) + 1):
            if self._m(self._node, s, start, found):
                return Match(s, start, ends[0])
        return None


class Match:
    def __init__(self, string, start, end):
        self.string = string
        self._start = start
        self._end = end

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self):
        return self.string[self._start:self._end]


def compile(pattern):
    """An object with .pattern and .search(text) (truthy on a match)."""
    if not isinstance(pattern, str):
        return pattern  # already compiled (a re pattern or a Regex)
    try:
        import re
        return re.compile(pattern)
    except ImportError:
        return Regex(pattern)
