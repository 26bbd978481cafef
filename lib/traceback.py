# The traceback module: formats exceptions and stacks the way the VM reports an uncaught exception
# (CPython's "Traceback (most recent call last):" block). The source line under a "File" line
# comes from the image (FrameSummary.line); an image compiled without source has none, and
# FrameSummary.line is None. No carets. Traceback objects are the VM's records (tb_frame,
# tb_lineno, tb_next); frames are snapshots (sys._getframe).
import sys
import _runtime

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "walk_stack", "walk_tb", "FrameSummary", "StackSummary"]

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
# After this many identical consecutive lines (recursion), the rest are counted, as CPython does.
_RECURSIVE_CUTOFF = 3
_unset = object()


class FrameSummary:
    # One entry of a stack or traceback: unpacks as (filename, lineno, name, line).
    def __init__(self, filename, lineno, name, line=None, locals=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line
        self.locals = locals

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)


class StackSummary(list):
    # A list of FrameSummary, oldest frame first.
    @classmethod
    def from_list(cls, entries):
        result = cls()
        for entry in entries:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line))
        return result

    def format(self):
        lines = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
                if count > _RECURSIVE_CUTOFF:
                    continue
            else:
                _repeated(lines, count)
                last = key
                count = 1
            lines.append(_frame_line(frame))
        _repeated(lines, count)
        return lines


def _repeated(lines, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        lines.append("  [Previous line repeated %d more time%s]\n" % (more, "s" if more > 1 else ""))


def _frame_line(frame):
    text = '  File "%s", line %s, in %s\n' % (frame.filename, frame.lineno, frame.name)
    if frame.line:
        text += "    " + frame.line.strip() + "\n"
    return text


def walk_tb(tb):
    # (frame, lineno) for each traceback entry, outermost first; one traceback object of a deep
    # recursion stands for a run of frames at the same place (_runtime.tb_repeats counts them)
    while tb is not None:
        frame = tb.tb_frame
        for i in range(_runtime.tb_repeats(tb) + 1):
            yield frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    # (frame, lineno) from f (default: the caller's frame) to the oldest
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _summaries(pairs, limit):
    # limit as CPython takes it: the first `limit` pairs, or the last -limit
    result = StackSummary()
    for frame, lineno in pairs:
        code = frame.f_code
        line = _runtime.source_line(code, lineno)
        if line is not None:
            line = line.strip()  # CPython strips all of str.isspace; the VM only ASCII blanks
        result.append(FrameSummary(code.co_filename, lineno, code.co_name, line))
    if limit is None:
        return result
    return StackSummary(result[:limit] if limit >= 0 else result[limit:])


def extract_tb(tb, limit=None):
    return _summaries(walk_tb(tb), limit)


def extract_stack(f=None, limit=None):
    # oldest frame first; limit counts from the newest
    if f is None:
        f = sys._getframe().f_back
    stack = _summaries(walk_stack(f), limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        file.write(line)


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _write(format_stack(f, limit), file)


def _type_name(etype):
    name = getattr(etype, "__qualname__", etype.__name__)
    module = getattr(etype, "__module__", None)
    if module not in (None, "__main__", "builtins"):
        name = module + "." + name
    return name


def _value_text(value):
    try:
        return str(value)
    except BaseException:
        return "<exception str() failed>"


def _exc_and_tb(exc, value, tb):
    # the 3.10 signature (exc) and the older (etype, value, tb) both name the exception
    if value is not _unset:
        exc = value
    if tb is _unset:
        tb = exc.__traceback__ if isinstance(exc, BaseException) else None
    return exc, tb


def format_exception_only(exc, value=_unset):
    if value is not _unset:
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    name = _type_name(type(exc))
    text = _value_text(exc)
    lines = [name + ": " + text + "\n" if text else name + "\n"]
    notes = getattr(exc, "__notes__", None)
    if notes is not None:
        for note in notes:
            lines.append(str(note) + "\n")
    return lines


def format_exception(exc, value=_unset, tb=_unset, limit=None, chain=True):
    exc, tb = _exc_and_tb(exc, value, tb)
    lines = []
    _format_chain(exc, tb, limit, chain, lines, set())
    return lines


def _format_chain(exc, tb, limit, chain, lines, seen):
    # the cause (or, unless suppressed, the context) comes first, as the VM's report prints it
    if exc is not None:
        seen.add(id(exc))
        if chain:
            cause = exc.__cause__
            context = exc.__context__
            if cause is not None and id(cause) not in seen:
                _format_chain(cause, cause.__traceback__, limit, chain, lines, seen)
                lines.append(_CAUSE)
            elif cause is None and context is not None and not exc.__suppress_context__ and id(context) not in seen:
                _format_chain(context, context.__traceback__, limit, chain, lines, seen)
                lines.append(_CONTEXT)
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(format_tb(tb, limit))
    lines.extend(format_exception_only(exc))


def print_exception(exc, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    exc, tb = _exc_and_tb(exc, value, tb)
    _write(format_exception(exc, exc, tb, limit, chain), file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
