# Breadth-first search on a dict graph: distances, shortest path, components
graph = {
    "a": ["b", "c"],
    "b": ["a", "d", "e"],
    "c": ["a", "f"],
    "d": ["b"],
    "e": ["b", "f"],
    "f": ["c", "e", "g"],
    "g": ["f"],
    "x": ["y"],
    "y": ["x"],
}
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    return dist, parent
dist, parent = bfs("a")
print(dist)
def path(parent, target):
    p = []
    while target is not None:
        p.append(target)
        target = parent[target]
    p.reverse()
    return p
print(path(parent, "g"), path(parent, "d"))
seen = {}
components = []
for node in graph:
    if node not in seen:
        d, pa = bfs(node)
        comp = sorted(d.keys())
        for n in comp:
            seen[n] = True
        components.append(comp)
print(components)
def dfs(node, visited):
    visited.append(node)
    for nb in graph[node]:
        if nb not in visited:
            dfs(nb, visited)
    return visited
print(dfs("a", []))
