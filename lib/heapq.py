# heapq: the binary min-heap on a list, with CPython 3.11's sift order (so a heap's list looks
# exactly as CPython's after the same operations) and messages.
#
# Differences from CPython: nlargest/nsmallest sort a copy (the results are CPython's: they are
# defined as sorted(...)[:n]); merge picks the next item by a scan of the heads, which costs the
# number of inputs per item instead of its logarithm.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError(what + " must be list, not " + type(heap).__name__)


def _down(heap, start, pos):
    # move heap[pos] up towards start while it is smaller than its parent
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _up(heap, pos):
    # CPython's bottom-up sift: the smaller child moves up until a leaf, then the item sinks back
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _down(heap, start, pos)


def heappush(heap, item):
    _need_list(heap, "heappush() argument 1")
    heap.append(item)
    _down(heap, 0, len(heap) - 1)


def heappop(heap):
    _need_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _up(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    _need_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _up(heap, 0)
    return top


def heappushpop(heap, item):
    _need_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _up(heap, 0)
    return item


def heapify(x):
    _need_list(x, "heapify() argument")
    for i in range(len(x) // 2 - 1, -1, -1):
        _up(x, i)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    # heads[i] = [sort key, value, iterator]; ties go to the earlier input, as in CPython
    heads = []
    for it in iterables:
        it = iter(it)
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if (heads[best][0] < heads[i][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        h = heads[best]
        yield h[1]
        for value in h[2]:
            h[0] = value if key is None else key(value)
            h[1] = value
            break
        else:
            del heads[best]
