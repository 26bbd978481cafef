# pprint: pformat/pprint of the builtin containers with CPython 3.11's layout: the repr when it
# fits the width (dicts with sorted keys), else one item per line (lists, tuples, sets, frozensets,
# dicts), and long strings split into adjacent literals at whitespace and line ends.
# unittest's assertion messages use it for their diffs.
#
# Not provided: indent other than 1, compact=True, depth, underscore_numbers, the dispatch of
# bytes/bytearray/deque/OrderedDict/dataclasses (they print their repr), recursion markers.


class _SafeKey:
    """Orders values of different types by type name then id, as pprint does for sorting."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    return (_SafeKey(pair[0]), _SafeKey(pair[1]))


def _repr(obj):
    kind = type(obj)
    if kind is dict:
        items = sorted(obj.items(), key=_safe_tuple)
        return '{' + ', '.join('%s: %s' % (_repr(k), _repr(v)) for k, v in items) + '}'
    if kind is list:
        return '[' + ', '.join(_repr(x) for x in obj) + ']'
    if kind is tuple:
        if len(obj) == 1:
            return '(%s,)' % _repr(obj[0])
        return '(' + ', '.join(_repr(x) for x in obj) + ')'
    return repr(obj)


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True):
        self._width = width
        self._stream = stream

    def pformat(self, obj):
        out = _Out()
        self._format(obj, out, 0, 0, 0)
        return ''.join(out.parts)

    def pprint(self, obj):
        text = self.pformat(obj)
        if self._stream is not None:
            self._stream.write(text + '\n')
        else:
            print(text)

    def isreadable(self, obj):
        return True

    def _format(self, obj, out, indent, allowance, level):
        rep = _repr(obj)
        if len(rep) > self._width - indent - allowance:
            kind = type(obj)
            if kind is list:
                return self._sequence(obj, out, indent, allowance, level + 1, '[', ']')
            if kind is tuple:
                return self._sequence(obj, out, indent, allowance, level + 1, '(', ',)' if len(obj) == 1 else ')')
            if kind is dict:
                return self._dict(obj, out, indent, allowance, level + 1)
            if kind is set or kind is frozenset:
                return self._set(obj, out, indent, allowance, level + 1)
            if kind is str:
                return self._str(obj, out, indent, allowance, level + 1)
        out.write(rep)

    def _sequence(self, obj, out, indent, allowance, level, start, end):
        out.write(start)
        self._items(obj, out, indent + len(start) - 1, allowance + len(end), level)
        out.write(end)

    def _set(self, obj, out, indent, allowance, level):
        if not len(obj):
            out.write(repr(obj))
            return
        if type(obj) is set:
            start, end = '{', '}'
        else:
            start, end = 'frozenset({', '})'
            indent += len('frozenset') + 1
        out.write(start)
        self._items(sorted(obj, key=_SafeKey), out, indent, allowance + len(end), level)
        out.write(end)

    def _items(self, items, out, indent, allowance, level):
        indent += 1
        delim = ''
        n = len(items)
        for i in range(n):
            last = i == n - 1
            out.write(delim)
            delim = ',\n' + ' ' * indent
            self._format(items[i], out, indent, allowance if last else 1, level)

    def _dict(self, obj, out, indent, allowance, level):
        out.write('{')
        items = sorted(obj.items(), key=_safe_tuple)
        indent += 1
        allowance += 1
        for i in range(len(items)):
            key, value = items[i]
            last = i == len(items) - 1
            rep = _repr(key)
            out.write(rep)
            out.write(': ')
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1, level)
            if not last:
                out.write(',\n' + ' ' * indent)
        out.write('}')

    def _str(self, obj, out, indent, allowance, level):
        if not len(obj):
            out.write(repr(obj))
            return
        chunks = []
        lines = obj.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i in range(len(lines)):
            line = lines[i]
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words(line)
            max_width2 = max_width
            current = ''
            for j in range(len(parts)):
                candidate = current + parts[j]
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = parts[j]
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.write(rep)
            return
        if level == 1:
            out.write('(')
        for i in range(len(chunks)):
            if i > 0:
                out.write('\n' + ' ' * indent)
            out.write(chunks[i])
        if level == 1:
            out.write(')')


def _words(line):
    """line cut after each run of whitespace: each part is non-space characters then spaces."""
    parts = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
        start = i
    return parts


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True):
    return PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts).pformat(obj)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True):
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts).pprint(obj)
