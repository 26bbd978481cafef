# The prelude: parts of the runtime written in the script language, compiled into every image
# and run before __main__. Natives reach these functions by name when the work would otherwise
# have to call Python code from native code (which the VM never does: see docs/architecture.md).
import stackless
import gc
import _keys
import _weakref
import sys
import _runtime
import time


def send_sequence(channel, sequence):
    # channel.send_sequence(seq): each send may block and switch, so this is a Python loop. The
    # base's send, as Stackless's C loop: a subclass overriding send() is not called.
    send = stackless.channel.send
    n = 0
    for value in sequence:
        send(channel, value)
        n += 1
    return n


def tasklet_call(function, *args, **kwargs):
    # The first frame of a tasklet whose callable is not a Python function (a builtin, a class,
    # a generator function...): the call runs here and its result is dropped, as Stackless does.
    function(*args, **kwargs)


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


def new_init(cls, *args, **kwargs):
    # cls(...) for a class whose __new__ is Python code: as CPython's type_call, __init__ runs on
    # the result only when it is an instance of cls
    obj = cls.__new__(cls, *args, **kwargs)
    if isinstance(obj, cls):
        type(obj).__init__(obj, *args, **kwargs)
    return obj


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


def with_exit(exit, exc):
    # WITH_EXCEPT_START's call of an __exit__ that is not a Python function: in a frame, so a
    # native that wants an argument converted by Python code first (print(exc) running the
    # exception's __str__) has the arguments in slots it can replace.
    return exit(type(exc), exc, exc.__traceback__)


def repr_of(x):
    # repr() of a list, tuple, dict or set holding objects whose __repr__ is Python code, or of a
    # method bound to one.
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
    if isinstance(x, _dict_views):
        return type(x).__name__ + "(" + repr_of(list(x)) + ")"
    if type(x) is _bound_method:
        return "<bound method " + x.__func__.__qualname__ + " of " + repr(x.__self__) + ">"
    return repr(x)


_dict_views = (type({}.keys()), type({}.values()), type({}.items()))
class _Bound:
    def m(self):
        pass


_bound_method = type(_Bound().m)


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


def map_items(function, *iterators):
    # map(f, *iterables) is this generator retyped as a map object (builtins/lazy.ts)
    if len(iterators) == 1:
        for item in iterators[0]:
            yield function(item)
        return
    iterators = [iter(i) for i in iterators]  # a user iterable reaches here as itself
    while True:
        args = []
        for i in iterators:
            try:
                args.append(next(i))
            except StopIteration:
                return
        yield function(*args)


def filter_items(function, iterator):
    # filter(f, iterable), likewise
    if function is None:
        for item in iterator:
            if item:
                yield item
    else:
        for item in iterator:
            if function(item):
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


def key_hash(x):
    # hash(x) as a dict key: a tuple combines its items' hashes (some of them Python __hash__); a
    # weak reference hashes like its referent and keeps that hash
    if isinstance(x, tuple):
        return _keys.hash_tuple([key_hash(i) for i in x])
    if type(x) is _weakref.ref:
        return _weakref._keep_hash(x, key_hash(x()))
    return hash(x)


def key_canon(container, key):
    # A key whose __hash__ is Python code meets a dict or set (vm/keys.ts): the stored key equal
    # to it (CPython keeps the first one) or the key itself, its hash remembered for the native
    # operation that runs again next.
    h = key_hash(key)
    for k in _keys.same_hash(container, h):
        if k is key or k == key:
            key = k
            break
    _keys.remember(key, h)
    return key


def set_from(items):
    # a set of items whose hashes are Python code: one add (one key_canon) at a time
    s = set()
    for x in items:
        s.add(x)
    return s


def dict_from(pairs):
    d = {}
    for k, v in pairs:
        d[k] = v
    return d


def mapping_items(m):
    # dict(m) / d.update(m) of an object with keys(): as CPython, m[k] for each key
    return [(k, m[k]) for k in m.keys()]


def dict_fromkeys(cls, iterable, value=None):
    # dict.fromkeys for a subclass (its __setitem__ runs) or keys whose hash is Python code
    d = cls()
    for key in iterable:
        d[key] = value
    return d


def dict_from_flat(items):
    # a dict display's operands: key, value, key, value...
    d = {}
    i = 0
    while i < len(items):
        d[items[i]] = items[i + 1]
        i += 2
    return d


def seq_contains(seq, x):
    # x in a list or tuple whose items (or x) have Python __eq__
    for item in seq:
        if item is x or item == x:
            return True
    return False


def list_index(items, x):
    i = 0
    for item in items:
        if item is x or item == x:
            return i
        i += 1
    raise ValueError(repr(x) + " is not in list")


def list_count(items, x):
    n = 0
    for item in items:
        if item is x or item == x:
            n += 1
    return n


def list_remove(items, x):
    i = 0
    for item in items:
        if item is x or item == x:
            del items[i]
            return None
        i += 1
    raise ValueError("list.remove(x): x not in list")


def seq_compare(a, b, op):
    # a OP b (op: < <= == != > >= as 0..5) for lists, tuples or dicts holding objects whose
    # comparisons are Python code: the first differing items decide, as in CPython
    if isinstance(a, (set, frozenset)):
        # members matched by Python __eq__ (key_canon), one `in` at a time
        if op >= 4:
            a, b, op = b, a, op - 4
        inside = len(a) <= len(b)
        if inside:
            for x in a:
                if x not in b:
                    inside = False
                    break
        if op == 0:
            return inside and len(a) < len(b)
        if op == 1:
            return inside
        return (inside and len(a) == len(b)) == (op == 2)
    if isinstance(a, dict):
        same = len(a) == len(b)
        if same:
            for k, v in a.items():
                if k not in b:
                    same = False
                    break
                w = b[k]
                if not (v is w or v == w):
                    same = False
                    break
        if op == 2:
            return same
        if op == 3:
            return not same
        raise TypeError("'" + ["<", "<=", "", "", ">", ">="][op] + "' not supported between instances of 'dict' and 'dict'")
    n = min(len(a), len(b))
    i = 0
    while i < n and (a[i] is b[i] or a[i] == b[i]):
        i += 1
    if i < n:
        if op == 2:
            return False
        if op == 3:
            return True
        x = a[i]
        y = b[i]
    else:
        x = len(a)
        y = len(b)
    if op == 0:
        return x < y
    if op == 1:
        return x <= y
    if op == 2:
        return x == y
    if op == 3:
        return x != y
    if op == 4:
        return x > y
    return x >= y


def set_binary(a, b, op):
    # a | b, a & b, a - b, a ^ b (BINARY_OP's numbers; +16 in place) on sets whose members'
    # hashes are Python code
    base = op & 15
    if base == 10:
        kept = list(a) + list(b)
    elif base == 11:
        kept = [x for x in a if x not in b] + [x for x in b if x not in a]
    else:
        kept = [x for x in a if (x in b) == (base == 9)]
    frozen = isinstance(a, frozenset)
    r = a if op & 16 and not frozen else set()
    r.clear()
    for x in kept:
        r.add(x)
    return frozenset(r) if frozen else r


def reversed_seq(obj):
    # reversed() of an object with __len__ and __getitem__ but no __reversed__
    i = len(obj) - 1
    while i >= 0:
        yield obj[i]
        i -= 1


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
stackless.stackless = stackless  # Stackless's module names itself (`from stackless import *`)
stackless.__reduce__ = lambda: "stackless"  # as Stackless's module pickles: by its name


def call_callback(callback, *args):
    # A Stackless callback (channel, schedule: assembly/stackless/callbacks.ts) as a frame; its
    # return value is dropped.
    callback(*args)


def call_error_handler(handler, exc):
    # stackless.set_error_handler: the handler gets what sys.exc_info() would give
    handler(type(exc), exc, getattr(exc, "__traceback__", None))


class bomb:
    # stackless.bomb(type, value, traceback), or bomb(sys.exc_info()): an exception travelling
    # as a value; handed to a tasklet by a switch, it explodes (assembly/stackless/bomb.ts).
    def __init__(self, type=None, value=None, traceback=None):
        if isinstance(type, tuple) and value is None and traceback is None:
            type, value, traceback = (type + (None, None, None))[:3]
        self.type = type
        self.value = value
        self.traceback = traceback
        self._exc = _bomb_exception(type, value)

    def raise_(self):
        raise self._exc


def _bomb_exception(t, v):
    # the exception a bomb raises, normalized as `raise` would (None: no exception)
    if isinstance(v, BaseException):
        return v
    if isinstance(t, BaseException):
        return t
    if t is None:
        return None
    if v is None:
        return t()
    if isinstance(v, tuple):
        return t(*v)
    return t(v)


stackless.bomb = bomb
def ascii(obj):
    # repr() with every non-ASCII character escaped, as CPython's ascii() is defined
    return repr(obj).encode("ascii", "backslashreplace").decode("ascii")


__export_builtins__(ascii)


def gc_collect(generation=2):
    # A pass that meets garbage with a __del__ frees nothing: it queues the finalizers, which run
    # at the next call (a safe point); the second pass frees whatever is still garbage after them.
    found = gc._pass()
    if gc._deferred():
        found = gc._pass()
    return found


gc.collect = gc_collect


def close_generator(g):
    # The finalizer of a released generator suspended in a try or with (memory/refcount.ts): its
    # close(), from a frame like a __del__'s, so finalizers released together run in order.
    g.close()


def weakref_callback(callback, ref):
    # The callback of a weak reference whose referent died (objects/weakref.ts), from a frame like
    # a __del__'s, so it takes its place among the finalizers released with it.
    callback(ref)


# atexit's handlers, (func, args, kwargs) each (lib/atexit.py): at program exit the VM runs them,
# the last registered first, through call_atexit, before the finalizers of module globals.
_atexit = []


def call_atexit(entry):
    func, args, kwargs = entry
    func(*args, **kwargs)


def report_ignored(stream, text):
    # An exception ignored (in __del__, a callback) while sys.stderr is an object: CPython's
    # report, formatted by the VM (vm/interpreter.ts queueReport), through its write(). A stream
    # that fails drops it, as CPython's unraisable hook does.
    try:
        stream.write(text)
        stream.flush()
    except BaseException:
        pass


def exit_finalizers():
    # At program exit the VM queues the finalizers of what only module globals hold, then runs
    # this in the main tasklet: they run at its return (a safe point), each in its own frame.
    return None


class _Slicer:
    def __getitem__(self, key):
        return key


_slicer = _Slicer()


def index_of(x):
    # x used as an integer by a native (a list index, a slice bound, a repeat count, range() or
    # hex() of it: vm/index.ts): x.__index__(), which must return an int; a slice's bounds are
    # converted one by one. The result replaces x and the native operation runs again.
    if type(x) is type(_slicer[:]):
        return _slicer[index_or_none(x.start):index_or_none(x.stop):index_or_none(x.step)]
    r = type(x).__index__(x)
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type " + type(r).__name__ + ")")
    return r


def index_or_none(x):
    # a slice bound: converted when it has __index__, else left for the native's TypeError
    if x is None or isinstance(x, int) or not hasattr(type(x), "__index__"):
        return x
    return index_of(x)


def int_of(x):
    # int(x) of an object of a user class (vm/index.ts): __int__, else __index__, else __trunc__,
    # as CPython tries them; the result replaces x and int() runs again.
    t = type(x)
    if hasattr(t, "__int__"):
        r = t.__int__(x)
        if not isinstance(r, int):
            raise TypeError("__int__ returned non-int (type " + type(r).__name__ + ")")
        return r
    if hasattr(t, "__index__"):
        return index_of(x)
    r = t.__trunc__(x)
    if not isinstance(r, int):
        raise TypeError("__trunc__ returned non-Integral (type " + type(r).__name__ + ")")
    return r


def print_to(file, args, sep, end, flush):
    # print() to an object that is not a standard stream (file=obj, or sys.stdout replaced:
    # builtins/frames.ts printElsewhere, which checked sep and end): its write() gets each
    # piece, in CPython's order
    first = True
    for arg in args:
        if not first:
            file.write(" " if sep is None else sep)
        first = False
        file.write(str(arg))
    file.write("\n" if end is None else end)
    if flush:
        file.flush()



# The host boundary (assembly/host/): every request of the host (rt.call, rt.spawn, module
# attributes, channels, settling an async host call) runs in host_request, in a tasklet of its
# own; what it returns is the reply, what it raises the host's PythonError (docs/abi.md).
_host_tasks = {}   # rt.spawn's handle -> [tasklet, state (0 running, 1 returned, 2 raised), value]
_host_waits = {}   # an async host call's id -> the channel its caller waits on
_host_next = [0]


def _host_target(path):
    # "name" is a global of __main__; "module.name.attr..." imports the longest prefix that is a
    # module, then reads the attributes; the main script's own name ("brain" for brain.py) is
    # __main__ too
    parts = path.split(".")
    main = _runtime.import_module("__main__")
    obj = None
    if len(parts) == 1:
        obj = main
        start = 0
    else:
        for i in range(len(parts) - 1, 0, -1):
            try:
                obj = _runtime.import_module(".".join(parts[:i]))
            except ModuleNotFoundError:
                continue
            start = i
            break
    if obj is None:
        stem = main.__file__.replace("\\", "/").split("/")[-1]
        if stem.endswith(".py"):
            stem = stem[:-3]
        if parts[0] != stem:
            raise ModuleNotFoundError("No module named '" + parts[0] + "'")
        obj = main
        start = 1
    for name in parts[start:]:
        obj = getattr(obj, name)
    return obj


def _host_owner(path):
    # the object holding the last name of path, and that name
    i = path.rfind(".")
    if i < 0:
        return _runtime.import_module("__main__"), path
    return _host_target(path[:i]), path[i + 1:]


def _host_task(handle, function, args):
    entry = _host_tasks[handle]
    try:
        entry[2] = function(*args)
        entry[1] = 1
    except BaseException as e:
        entry[1] = 2
        entry[2] = e
        raise


def _host_channel(path):
    ch = _host_target(path)
    if not isinstance(ch, stackless.channel):
        raise TypeError("'" + path + "' is not a channel but a '" + type(ch).__name__ + "'")
    return ch


def _host_pump(ch, sink):
    # the host's receiver: a tasklet waiting in receive (one receiver in the balance); each value
    # goes to the host's callback through the internal host module _host
    import _host
    for value in ch:
        _host.deliver(sink, value)


def host_wait(call_id):
    # a host function returned a Promise: only this tasklet waits, on a channel that the host's
    # "settle" request sends the outcome into (preference 1: the sender goes on)
    ch = stackless.channel()
    ch.preference = 1
    _host_waits[call_id] = ch
    ok, value = ch.receive()
    if ok:
        return value
    _runtime.host_raise(value)


# Sleeping tasklets and timers (stackless/timers.ts): time.sleep(s) waits on a channel of its own
# until the host's clock reaches its timer; at the start of each tick the VM runs wake_timers first
# when the heap's head is due. The heap holds [wake time, sequence, target] (the sequence keeps the
# order of equal times and is never equal, so targets are never compared). A target is a channel
# (a sleeper: sent None) or an argument-less callable (stacklesslib's timeouts and event_queue:
# called by wake_timers, so it must not block). The heap changes only while the changing tasklet
# is atomic: a watchdog or a host time slice must not interleave two half-done heap operations.
_timers = []
_timer_seq = [0]


def _heap_up(h, i):
    item = h[i]
    while i > 0:
        parent = (i - 1) >> 1
        if h[parent] <= item:
            break
        h[i] = h[parent]
        i = parent
    h[i] = item


def _heap_down(h, i):
    n = len(h)
    item = h[i]
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and h[child + 1] < h[child]:
            child += 1
        if item <= h[child]:
            break
        h[i] = h[child]
        i = child
    h[i] = item


def _timer_pop():
    last = _timers.pop()
    if not _timers:
        return last
    first = _timers[0]
    _timers[0] = last
    _heap_down(_timers, 0)
    return first


def timer_add(when, target):
    # a timer due at `when` on the host's clock; returns its entry (for timer_cancel)
    cur = stackless.getcurrent()
    old = cur.set_atomic(True)
    _timer_seq[0] += 1
    entry = [when, _timer_seq[0], target]
    _timers.append(entry)
    _heap_up(_timers, len(_timers) - 1)
    cur.set_atomic(old)
    return entry


def timer_cancel(entry):
    # takes a pending timer out (True), or does nothing if it has fired already (False)
    cur = stackless.getcurrent()
    old = cur.set_atomic(True)
    found = entry in _timers
    if found:
        i = _timers.index(entry)
        last = _timers.pop()
        if i < len(_timers):
            _timers[i] = last
            _heap_down(_timers, i)
            _heap_up(_timers, i)
    cur.set_atomic(old)
    return found


def sleep(seconds):
    ch = stackless.channel()
    ch.preference = 1
    entry = timer_add(time.monotonic() + seconds, ch)
    try:
        ch.receive()
    except BaseException:
        # killed while asleep (TaskletExit, program exit): its timer goes too
        timer_cancel(entry)
        raise


def wake_timers(now):
    # on a tasklet of its own (timers.ts: never started while the interrupted tasklet is atomic),
    # atomic throughout: no target switches away
    stackless.getcurrent().set_atomic(True)
    while _timers and _timers[0][0] <= now:
        target = _timer_pop()[2]
        if isinstance(target, stackless.channel):
            if target.balance < 0:
                target.send(None)
        else:
            target()


def host_request(req):
    op = req[0]
    if op == "call":
        return _host_target(req[1])(*req[2])
    if op == "spawn":
        function = _host_target(req[1])
        _host_next[0] += 1
        handle = _host_next[0]
        _host_tasks[handle] = [None, 0, None]
        t = stackless.tasklet(_host_task)(handle, function, req[2])
        _host_tasks[handle][0] = t
        _runtime.host_handle(t, handle)
        return handle
    if op == "task":
        t, state, value = _host_tasks[req[1]]
        return [t.alive, state, value if state == 1 else None]
    if op == "kill":
        _host_tasks[req[1]][0].kill()
        return None
    if op == "forget":
        del _host_tasks[req[1]]
        return None
    if op == "get":
        return _host_target(req[1])
    if op == "set":
        owner, name = _host_owner(req[1])
        setattr(owner, name, req[2])
        return None
    if op == "send":
        ch = _host_channel(req[1])
        stackless.tasklet(ch.send)(req[2])
        return None
    if op == "try_receive":
        ch = _host_channel(req[1])
        if ch.balance > 0:
            return [True, ch.receive()]
        return [False, None]
    if op == "balance":
        return _host_channel(req[1]).balance
    if op == "pump":
        stackless.tasklet(_host_pump)(_host_channel(req[1]), req[2])
        return None
    if op == "settle":
        ch = _host_waits.pop(req[1])
        ch.send((req[2], req[3]))
        return None
    raise ValueError("unknown host request " + repr(op))
