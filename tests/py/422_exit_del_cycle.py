# Objects in a reference cycle, held by globals, are finalized at exit too (CPython's last
# collection), each __del__ once.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name, "peer", self.peer.name)

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
solo = Node("solo")
solo.peer = solo
print("main done")
