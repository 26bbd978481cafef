# Binary search tree with recursive insert/contains/delete, in-order generator, height, __contains__
class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, key):
        def ins(node):
            if node is None:
                self.n += 1
                return BST._Node(key)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            return node
        self.root = ins(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def __len__(self):
        return self.n
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def delete(self, key):
        def rm(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = rm(node.left, key)
            elif key > node.key:
                node.right = rm(node.right, key)
            else:
                if node.left is None: return node.right
                if node.right is None: return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = rm(node.right, succ.key)
            return node
        self.root = rm(self.root, key)
        self.n -= 1
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(list(t), len(t), t.height(), 45 in t, 55 in t)
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, list(t), len(t))
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
