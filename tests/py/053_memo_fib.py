# Memoization with a dict: fibonacci, grid paths, coin change ways
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    if n < 2:
        r = n
    else:
        r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90))
print([fib(i) for i in range(0, 91, 10)])
print(len(memo))
paths_memo = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in paths_memo:
        paths_memo[key] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return paths_memo[key]
print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(16, 16))
def make_ways():
    cache = {}
    def ways(amount, coins):
        if amount == 0:
            return 1
        if amount < 0 or not coins:
            return 0
        key = (amount, len(coins))
        if key in cache:
            return cache[key]
        r = ways(amount - coins[0], coins) + ways(amount, coins[1:])
        cache[key] = r
        return r
    return ways
ways = make_ways()
print(ways(100, [50, 25, 10, 5, 1]))
calls = {"n": 0}
def slow_fib(n):
    calls["n"] += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(15), calls["n"])
