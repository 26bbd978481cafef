# The prelude: parts of the runtime written in the script language, compiled into every image
# and run before __main__. Natives reach these functions by name when the work would otherwise
# have to call Python code from native code (which the VM never does: see docs/architecture.md).


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
