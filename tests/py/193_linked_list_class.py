# A singly linked list class with __iter__, __len__, __getitem__, __repr__, reversal and insertion
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def insert_sorted(self, v):
        if self.head is None or v <= self.head.val:
            self.push(v)
            return
        n = self.head
        while n.next and n.next.val < v:
            n = n.next
        n.next = Node(v, n.next)
        self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
ll = LinkedList([3, 1, 4])
print(ll, len(ll), ll[0], ll[-1], list(ll), 4 in ll)
ll.reverse()
print(ll)
s = LinkedList()
for v in [5, 2, 8, 1, 9, 3]:
    s.insert_sorted(v)
print(s, len(s))
print(s.remove(8), s.remove(42), s.remove(1), s, len(s))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(s), max(s), sorted(s, reverse=True), LinkedList())
