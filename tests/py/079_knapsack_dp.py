# Dynamic programming with lists: 0/1 knapsack, coin change, climbing stairs
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        c = cap
        while c >= w:
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
            c -= 1
    return best[cap]
items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
print(knapsack(items, 15), knapsack(items, 5), knapsack([], 10))
def min_coins(coins, amount):
    INF = amount + 1
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1
print(min_coins([1, 5, 10, 25], 63), min_coins([2], 3), min_coins([3, 7], 20))
def stairs(n):
    a = 1
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a
print([stairs(n) for n in range(10)], stairs(80))
def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i in range(1, len(s) + 1):
        cur = [i] + [0] * len(t)
        for j in range(1, len(t) + 1):
            cost = 0 if s[i - 1] == t[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(t)]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
