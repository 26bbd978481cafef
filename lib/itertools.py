# itertools: iterator building blocks with CPython 3.11's results and messages.
#
# Differences from CPython: count and repeat are classes like CPython's; the others return
# generators (their type() and repr() say generator). Arguments are checked when the function is
# called, as CPython does, by a small wrapper that returns the generator.
import sys as _sys


def _index(x, message):
    # an integer argument (ints, bools and objects with __index__); else TypeError
    if isinstance(x, int):
        return x
    if hasattr(type(x), "__index__"):
        return type(x).__index__(x)
    raise TypeError(message)


def _no_int(x):
    return "'" + type(x).__name__ + "' object cannot be interpreted as an integer"


class count:
    def __init__(self, start=0, step=1):
        for x in (start, step):
            if not isinstance(x, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(" + repr(self._n) + ")"
        return "count(" + repr(self._n) + ", " + repr(self._step) + ")"


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = -1 if times is None else max(0, _index(times, _no_int(times)))

    def __iter__(self):
        return self

    def __next__(self):
        if self._times == 0:
            raise StopIteration
        if self._times > 0:
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times < 0:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times < 0:
            return "repeat(" + repr(self._object) + ")"
        return "repeat(" + repr(self._object) + ", " + str(self._times) + ")"


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def _chain(iterables):
    for it in iterables:
        yield from it


class chain:
    # chain(*its) and chain.from_iterable(its): both generators, from_iterable reads lazily
    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterable):
        return _chain(iter(iterable))


def islice(iterable, *args):
    n = len(args)
    if n < 1 or n > 3:
        if n < 1:
            raise TypeError("islice expected at least 2 arguments, got 1")
        raise TypeError("islice expected at most 4 arguments, got " + str(n + 1))
    if n == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = args[0], args[1], (args[2] if n == 3 else None)
    bad = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    if stop is not None:
        try:
            stop = _index(stop, "")
        except TypeError:
            stop = -1
        if stop < 0 or stop > _sys.maxsize:
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    else:
        try:
            start = _index(start, "")
        except TypeError:
            start = -1
        if start < 0 or start > _sys.maxsize:
            raise ValueError(bad)
    if step is None:
        step = 1
    else:
        try:
            step = _index(step, "")
        except TypeError:
            step = -1
        if step < 1 or step > _sys.maxsize:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, nxt, stop, step):
    # CPython's order of reads: skip to the next wanted index, then take one; nothing past stop
    cnt = 0
    while True:
        try:
            while cnt < nxt:
                next(it)
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), _add if func is None else func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def _pools(iterables):
    return [tuple(x) for x in iterables]


def product(*iterables, repeat=1):
    repeat = _index(repeat, _no_int(repeat))
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product(_pools(iterables) * repeat)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    idx = [0] * n
    while True:
        yield tuple([pools[i][idx[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def _r_of(r):
    r = _index(r, _no_int(r))
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, len(pool) if r is None else _r_of(r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # indices of the current arrangement; `used` marks the ones already placed
    idx = list(range(r))
    while True:
        yield tuple([pool[i] for i in idx])
        # next arrangement in lexicographic order of indices
        k = r - 1
        while k >= 0:
            taken = idx[:k]
            nxt = idx[k] + 1
            while nxt < n and nxt in taken:
                nxt += 1
            if nxt < n:
                idx[k] = nxt
                taken.append(nxt)
                j = 0
                for pos in range(k + 1, r):
                    while j in taken:
                        j += 1
                    idx[pos] = j
                    taken.append(j)
                break
            k -= 1
        if k < 0:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_of(r), False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_of(r), True)


def _combinations(pool, r, again):
    # indices nondecreasing (with replacement) or increasing (without), advanced from the right
    n = len(pool)
    if (not again and r > n) or (again and n == 0 and r > 0):
        return
    idx = [0] * r if again else list(range(r))
    while True:
        yield tuple([pool[i] for i in idx])
        k = r - 1
        while k >= 0 and idx[k] == (n - 1 if again else k + n - r):
            k -= 1
        if k < 0:
            return
        idx[k] += 1
        for j in range(k + 1, r):
            idx[j] = idx[k] if again else idx[j - 1] + 1


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(its, fillvalue):
    if not its:
        return
    active = len(its)
    while True:
        row = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                row.append(fillvalue)
        yield tuple(row)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield (a, b)
            a = b
        return


class _GroupState:
    # shared by a groupby and its groups: the next unconsumed item and its key
    def __init__(self, it, key):
        self.it = it
        self.key = key
        self.done = False
        self.gen = 0  # which group may still read items
        self.has = False
        self.item = None
        self.k = None

    def fill(self):
        # the next item into (item, k); False at the end
        if not self.has and not self.done:
            for x in self.it:
                self.item = x
                self.k = x if self.key is None else self.key(x)
                self.has = True
                break
            else:
                self.done = True
        return self.has


def groupby(iterable, key=None):
    return _groupby(_GroupState(iter(iterable), key))


def _groupby(s):
    current = None
    started = False
    while True:
        if started:
            # skip what the previous group left unread
            while s.fill() and s.k == current:
                s.has = False
        if not s.fill():
            return
        started = True
        current = s.k
        s.gen += 1
        yield current, _group(s, current, s.gen)


def _group(s, k, gen):
    while s.gen == gen and s.fill() and s.k == k:
        s.has = False
        yield s.item


def tee(iterable, n=2):
    n = _index(n, _no_int(n))
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # one shared linked buffer: each node is [value, next]; every tee walks it at its own pace
    tail = [None, None]
    return tuple([_tee(it, tail) for i in range(n)])


def _tee(it, node):
    while True:
        if node[1] is None:
            for x in it:
                node[0] = x
                node[1] = [None, None]
                break
            else:
                return
        value = node[0]
        node = node[1]
        yield value
