# Recursive inner functions (closures referring to themselves), mutual recursion
def count_nodes(tree):
    def walk(t):
        if t is None:
            return 0
        return 1 + walk(t[0]) + walk(t[2])
    return walk(tree)
tree = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(count_nodes(tree))
def inorder(t, out):
    if t is not None:
        inorder(t[0], out)
        out.append(t[1])
        inorder(t[2], out)
    return out
print(inorder(tree, []))
def height(t):
    if t is None:
        return 0
    return 1 + max(height(t[0]), height(t[2]))
print(height(tree))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))
def insert(t, v):
    if t is None:
        return (None, v, None)
    if v < t[1]:
        return (insert(t[0], v), t[1], t[2])
    return (t[0], t[1], insert(t[2], v))
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(inorder(root, []), height(root), count_nodes(root))
def depth_sum(xs, d=1):
    total = 0
    for x in xs:
        total += depth_sum(x, d + 1) if isinstance(x, list) else x * d
    return total
print(depth_sum([1, [2, [3]], 4]))
