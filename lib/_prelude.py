# The prelude: parts of the runtime written in the script language, compiled into every image
# and run before __main__. Natives reach these functions by name when the work would otherwise
# have to call Python code from native code (which the VM never does: see docs/architecture.md).
import stackless


def send_sequence(channel, sequence):
    # channel.send_sequence(seq): each send may block and switch, so this is a Python loop.
    n = 0
    for value in sequence:
        channel.send(value)
        n += 1
    return n


def collect(iterable):
    # A native that needs every item of a generator or a user iterable (list(), sorted(),
    # unpacking...) asks for this list instead: the iteration runs here, in frames.
    result = []
    for item in iterable:
        result.append(item)
    return result


def any_of(iterable):
    # any() of a generator or user iterable: stops at the first true item, as CPython does
    for item in iterable:
        if item:
            return True
    return False


def all_of(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def getattr_or(obj, name, default):
    # getattr(obj, name, default) when the lookup runs Python code (a property, __getattr__):
    # an AttributeError raised there gives the default.
    try:
        return getattr(obj, name)
    except AttributeError:
        return default


def has_attr(obj, name):
    # hasattr() when the lookup runs Python code
    try:
        getattr(obj, name)
    except AttributeError:
        return False
    return True


def seq_iter(obj):
    # iter() of an object with __getitem__ but no __iter__: indexes 0, 1, 2... to IndexError.
    i = 0
    while True:
        try:
            value = obj[i]
        except IndexError:
            return
        yield value
        i += 1


def repr_of(x):
    # repr() of a list, tuple, dict or set holding objects whose __repr__ is Python code.
    if isinstance(x, list):
        return "[" + ", ".join([repr(v) for v in x]) + "]"
    if isinstance(x, tuple):
        if len(x) == 1:
            return "(" + repr(x[0]) + ",)"
        return "(" + ", ".join([repr(v) for v in x]) + ")"
    if isinstance(x, dict):
        return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in x.items()]) + "}"
    if isinstance(x, set):
        return "{" + ", ".join([repr(v) for v in x]) + "}"
    return repr(x)


def sort_list(items, key, reverse):
    # list.sort/sorted with a Python key function, or over objects compared by Python __lt__:
    # keys are computed here, in frames; a native sort orders (key, position) pairs when it can.
    if key is not None:
        keys = [key(item) for item in items]
    else:
        keys = items[:]
    order = merge_sort(list(range(len(items))), keys, reverse)
    result = [items[i] for i in order]
    items[:] = result
    return None


def merge_sort(order, keys, reverse):
    # stable merge sort of positions by keys[position], comparing with < only
    n = len(order)
    if n < 2:
        return order
    mid = n // 2
    left = merge_sort(order[:mid], keys, reverse)
    right = merge_sort(order[mid:], keys, reverse)
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        a = keys[left[i]]
        b = keys[right[j]]
        if (a < b) if reverse else (b < a):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def min_max(items, key, default, has_default, want_max):
    # min()/max() with a Python key function or Python comparisons
    it = iter(items)
    best = None
    best_key = None
    first = True
    for item in it:
        k = key(item) if key is not None else item
        if first:
            best = item
            best_key = k
            first = False
        elif (best_key < k) if want_max else (k < best_key):
            best = item
            best_key = k
    if first:
        if has_default:
            return default
        raise ValueError(("max" if want_max else "min") + "() arg is an empty sequence")
    return best


def map(function, *iterables):
    if len(iterables) == 1:
        for item in iterables[0]:
            yield function(item)
        return
    iterators = [iter(i) for i in iterables]
    while True:
        args = []
        for i in iterators:
            try:
                args.append(next(i))
            except StopIteration:
                return
        yield function(*args)


def filter(function, iterable):
    for item in iterable:
        if function is None:
            if item:
                yield item
        elif function(item):
            yield item


def iter_callable(function, sentinel):
    while True:
        value = function()
        if value == sentinel:
            return
        yield value



def sorted_list(items, key, reverse):
    sort_list(items, key, reverse)
    return items



def sum_python(items, start):
    # sum() over objects whose + is Python code
    total = start
    for item in items:
        total = total + item
    return total



def percent_format(fmt, args):
    # fmt % args when args hold objects whose str/repr is Python code: convert those first
    # (%s and %r), then let the native formatter do the rest.
    single = not isinstance(args, tuple)
    items = [args] if single else list(args)
    out = []
    i = 0
    n = 0
    while i < len(fmt):
        c = fmt[i]
        out.append(c)
        i += 1
        if c != "%":
            continue
        if i < len(fmt) and fmt[i] == "%":
            out.append("%")
            i += 1
            continue
        # flags, width and precision pass through; the conversion decides
        while i < len(fmt) and fmt[i] in "-+ #0123456789.*":
            if fmt[i] == "*":
                n += 1
            out.append(fmt[i])
            i += 1
        if i < len(fmt):
            conv = fmt[i]
            if n < len(items) and conv in "sra":
                items[n] = str(items[n]) if conv == "s" else repr(items[n])
                conv = "s"
            out.append(conv)
            i += 1
            n += 1
    return "".join(out) % (items[0] if single else tuple(items))


def format_method(fmt, args, kwargs):
    # str.format when an argument's text comes from Python code, or a field reaches into its
    # argument ({0[1]}, {p.x}) or nests a spec ({:{w}}): getattr and [] may run Python code.
    return format_into(fmt, args, kwargs, [0, 0])


def format_into(fmt, args, kwargs, numbering):
    # numbering: [next automatic index, 0 unset / 1 automatic / 2 manual], shared with nested specs
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{":
            if fmt[i + 1:i + 2] == "{":
                out.append("{")
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            out.append(format_field(fmt[i + 1:j], args, kwargs, numbering))
            i = j + 1
        elif c == "}":
            if fmt[i + 1:i + 2] != "}":
                raise ValueError("Single '}' encountered in format string")
            out.append("}")
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def format_field(field, args, kwargs, numbering):
    # one replacement field: name ('.' attribute | '[' key ']')*, then !conversion, then :spec
    k = 0
    in_brackets = False
    while k < len(field):
        ch = field[k]
        if ch == "[":
            in_brackets = True
        elif ch == "]":
            in_brackets = False
        elif not in_brackets and (ch == ":" or ch == "!"):
            break
        k += 1
    name = field[:k]
    rest = field[k:]
    conv = None
    if rest[:1] == "!":
        conv = rest[1:2]
        rest = rest[2:]
        if rest and rest[0] != ":":
            raise ValueError("expected ':' after conversion specifier")
    m = 0
    while m < len(name) and name[m] != "." and name[m] != "[":
        m += 1
    first = name[:m]
    if first == "":
        if numbering[1] == 2:
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        numbering[1] = 1
        value = format_arg(args, numbering[0])
        numbering[0] += 1
    elif first.isdigit():
        if numbering[1] == 1:
            raise ValueError("cannot switch from automatic field numbering to manual field specification")
        numbering[1] = 2
        value = format_arg(args, int(first))
    else:
        value = kwargs[first]
    while m < len(name):
        if name[m] == ".":
            e = m + 1
            while e < len(name) and name[e] != "." and name[e] != "[":
                e += 1
            value = getattr(value, name[m + 1:e])
        else:
            e = name.index("]", m)
            key = name[m + 1:e]
            value = value[int(key) if key.isdigit() else key]
            e += 1
        m = e
    if conv == "r":
        value = repr(value)
    elif conv == "s":
        value = str(value)
    spec = rest[1:]
    if "{" in spec:
        spec = format_into(spec, args, kwargs, numbering)
    return format(value, spec)


def format_arg(args, index):
    if index >= len(args):
        raise IndexError("Replacement index " + str(index) + " out of range for positional args tuple")
    return args[index]


class atomic:
    # stackless.atomic: a context manager inhibiting involuntary switches (watchdog preemption,
    # host time slices) while the block runs; voluntary switches still happen.
    def __enter__(self):
        self.old = stackless.getcurrent().set_atomic(True)
        return self

    def __exit__(self, exc_type, exc, tb):
        stackless.getcurrent().set_atomic(self.old)
        return False


stackless.atomic = atomic
__export_builtins__(map, filter)
