# functools: reduce, partial, wraps, lru_cache in a damage-calculation setting.
from functools import reduce, partial, wraps, lru_cache


def damage(base, multiplier, armor, crit=False):
    dealt = base * multiplier - armor
    if crit:
        dealt *= 2
    return max(0, dealt)


sword = partial(damage, 10, 3)
axe = partial(damage, 14, multiplier=2)
print(sword(5), sword(5, crit=True), sword(armor=40), axe(armor=4), axe(armor=4, crit=True))
print(sword.func is damage, sword.args, axe.keywords)

print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(lambda acc, w: acc + len(w), ["alpha", "be", "gam"], 0))
print(reduce(max, [3, 9, 2, 7]), reduce(lambda a, b: b + a, "stack"))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def heal(hp, amount):
    """Heal up to 100."""
    return min(100, hp + amount)


heal(50, 30)
heal(90, 30)
print(heal.__name__, heal.__doc__)


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(20), ways(57))


def pipeline(*steps):
    return lambda x: reduce(lambda acc, f: f(acc), steps, x)


clean = pipeline(str.strip, str.lower, partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(clean("  Hello Big World  "))
add = lambda a, b: a + b
inc = partial(add, 1)
print(list(map(inc, [1, 2, 3])), [partial(pow, 2)(k) for k in range(6)])
