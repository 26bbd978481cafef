# random: CPython's Mersenne Twister (MT19937) in the script language, reproducing CPython's
# `random` module exactly for integer seeds: the same seeding (init_by_array over the seed's
# 32-bit words), the same 53-bit random(), getrandbits(), and the same algorithms on top of them
# (_randbelow by rejection sampling over getrandbits, randrange, randint, choice, shuffle, sample,
# choices, uniform).
#
# Every intermediate stays within a signed 64-bit integer (the VM's ints are 64-bit until big
# integers arrive): 32-bit products are split into 16-bit halves (_mul32). Only getrandbits(k)
# with k == 64 (and seeds/ranges beyond 2**63) need big integers.
#
# Not supported: seeding from OS entropy (seed(None) raises NotImplementedError; a Random() made
# without a seed starts from a fixed state), str/bytes seeds (they need sha512), and the
# distributions that need math (gauss, normalvariate, expovariate, ...).

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7fffffff
_MASK32 = 0xffffffff
_RECIP_BPF = 1.0 / 9007199254740992.0   # 2**-53

# the state a Random() made without a seed starts from (CPython would use OS entropy)
_DEFAULT_SEED = 5489


def _mul32(a, b):
    # (a * b) mod 2**32 for 0 <= a, b < 2**32 without any product reaching 2**63
    return ((a * (b & 0xffff)) + (((a * (b >> 16)) & 0xffff) << 16)) & _MASK32


def _bit_length(n):
    # n.bit_length() for n >= 0
    k = 0
    while n >= 65536:
        n >>= 16
        k += 16
    while n:
        n >>= 1
        k += 1
    return k


def _seed_words(a):
    # The key init_by_array gets for seed(a), as CPython's random_seed builds it: abs() of an
    # int, else hash(a) taken as an unsigned 64-bit number; little-endian 32-bit words, at
    # least one.
    if a is True or a is False:
        a = int(a)
    if isinstance(a, int):
        if a < 0:
            a = -a
        words = []
        while a:
            words.append(a & _MASK32)
            a >>= 32
        if not words:
            words.append(0)
        return words
    h = hash(a)
    words = [h & _MASK32, (h >> 32) & _MASK32]
    if words[1] == 0:
        words.pop()
    return words


class Random:
    """Random number generator: CPython's MT19937, seeded and drawn from exactly as CPython does."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._mti = _N + 1
        self.gauss_next = None
        if x is None:
            self._init_by_array([_DEFAULT_SEED])
        else:
            self.seed(x)

    # -- the generator core ------------------------------------------------------------------

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        prev = mt[0]
        for i in range(1, _N):
            prev = (_mul32(1812433253, prev ^ (prev >> 30)) + i) & _MASK32
            mt[i] = prev
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        key_length = len(key)
        i = 1
        j = 0
        k = _N if _N > key_length else key_length
        while k:
            p = mt[i - 1]
            mt[i] = ((mt[i] ^ _mul32(p ^ (p >> 30), 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= key_length:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            p = mt[i - 1]
            mt[i] = ((mt[i] ^ _mul32(p ^ (p >> 30), 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000
        self._mti = _N

    def _generate(self):
        mt = self._mt
        kk = 0
        while kk < _N - _M:
            y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
            v = mt[kk + _M] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
            kk += 1
        while kk < _N - 1:
            y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
            v = mt[kk + (_M - _N)] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
            kk += 1
        y = (mt[_N - 1] & _UPPER_MASK) | (mt[0] & _LOWER_MASK)
        v = mt[_M - 1] ^ (y >> 1)
        if y & 1:
            v ^= _MATRIX_A
        mt[_N - 1] = v
        self._mti = 0

    def _genrand_uint32(self):
        if self._mti >= _N:
            self._generate()
        y = self._mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    # -- state -------------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize the generator from an integer (or a float / other hashable object)."""
        if a is None:
            raise NotImplementedError(
                "random.seed(None): no OS entropy source here; seed with an int, e.g. random.seed(12345)")
        if type(a).__name__ in ('str', 'bytes', 'bytearray'):
            raise NotImplementedError("random.seed(): str and bytes seeds are not supported; seed with an int")
        self._init_by_array(_seed_words(a))
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version != 3:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        internalstate = state[1]
        if len(internalstate) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mti = internalstate[_N]
        if mti < 0 or mti > _N:
            raise ValueError("invalid state")
        mt = []
        for i in range(_N):
            mt.append(internalstate[i] & _MASK32)
        self._mt = mt
        self._mti = mti
        self.gauss_next = state[2]

    # -- integers and floats -------------------------------------------------------------------

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * _RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def _randbelow(self, n):
        """Return a random int in the range [0,n).  Defined for n > 0."""
        k = _bit_length(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = _index(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "non-integer stop for randrange()")
        width = istop - istart
        istep = _index(step, "non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    # -- sequences -----------------------------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        i = len(x) - 1
        while i >= 1:
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if type(population).__name__ in ('dict', 'set', 'frozenset'):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total += c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21        # size of a small set minus size of an empty list
        if k > 5:
            # 4 ** ceil(log(k * 3, 4)): k * 3 is never a power of 4
            t = 1
            while t < k * 3:
                t *= 4
            setsize += t
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]  # move non-selected item into vacancy
        else:
            selected = {}
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected[j] = True
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                fn = n + 0.0
                return [population[int(random() * fn)] for i in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0   # convert to float
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total == total * 2.0:
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for i in range(k)]


def _index(x, message):
    if isinstance(x, int):
        return int(x)
    ix = int(x)
    if ix != x:
        raise ValueError(message)
    return ix


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
