# sorted with key= and reverse= (stable), list.sort, reversed on sequences and custom __reversed__
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])), sorted("Banana"), sorted("Banana", key=str.lower))
print(sorted({3: "a", 1: "b"}), sorted({"x", "y", "a"}), sorted((3, 1, 2), reverse=True))
people = [{"n": "ann", "age": 30}, {"n": "bob", "age": 25}, {"n": "cy", "age": 30}]
print([p["n"] for p in sorted(people, key=lambda p: p["age"])])
print([p["n"] for p in sorted(people, key=lambda p: -p["age"])])
lst = [5, 2, 8, 1]
lst.sort()
print(lst, lst.sort(reverse=True), lst)
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
r = reversed([10, 20, 30])
print(next(r), list(r))
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])
print(list(reversed(Deck("xyz"))), list(reversed(Countdown())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([-3, 2, -1, 0], key=abs), sorted([[2, 1], [1, 2], [1]]), sorted([]))
print(list(reversed(sorted([3, 1, 2]))) == sorted([3, 1, 2], reverse=True))
