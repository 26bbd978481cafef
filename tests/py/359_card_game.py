# A card game: build and shuffle a deck (seeded), deal hands, score poker-like categories.
import random

random.seed(99)
RANKS = "23456789TJQKA"
SUITS = "cdhs"
deck = [r + s for s in SUITS for r in RANKS]
random.shuffle(deck)
print(len(deck), deck[:8])


def score(hand):
    values = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))
    shape = [n for _, n in groups]
    flush = len({c[1] for c in hand}) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape[0] == 3:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape[0] == 2:
        cat = 1
    else:
        cat = 0
    return cat, [v for v, _ in groups]


NAMES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house",
         "four of a kind", "straight flush"]
players = ["ana", "bo", "cy", "di"]
wins = {p: 0 for p in players}
for rnd in range(1, 6):
    random.shuffle(deck)
    hands = {p: deck[i * 5:(i + 1) * 5] for i, p in enumerate(players)}
    ranked = sorted(players, key=lambda p: score(hands[p]), reverse=True)
    best = ranked[0]
    wins[best] += 1
    print(f"round {rnd}:")
    for p in players:
        cat, _ = score(hands[p])
        print(f"  {p:<4}{' '.join(hands[p])}  {NAMES[cat]}{'  <- wins' if p == best else ''}")
print(wins)
for fixed in (["Ah", "Kh", "Qh", "Jh", "Th"], ["2c", "2d", "2h", "5s", "5c"], ["3c", "4d", "5h", "6s", "7c"]):
    print(fixed, NAMES[score(fixed)[0]])
print(random.choice(deck), random.randrange(0, 52, 4), sorted(random.sample(deck, 3)))
