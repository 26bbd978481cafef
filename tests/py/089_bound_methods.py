# Bound methods as first-class values: storing, passing, __self__, __func__
class Acc:
    def __init__(self, name):
        self.name = name
        self.total = 0
    def add(self, n):
        self.total += n
        return self.total

a = Acc("a")
b = Acc("b")
add_a = a.add
add_b = b.add
for i in range(1, 4):
    add_a(i)
    add_b(i * 10)
print(a.total, b.total)
print(add_a.__self__.name, add_a.__func__.__name__)
print(add_a.__func__ is Acc.add, add_a == a.add, add_a == b.add)
ops = [a.add, b.add, a.add]
print([op(100) for op in ops])
print(list(map(Acc("m").add, [1, 2, 3])))
unbound = Acc.add
c = Acc("c")
print(unbound(c, 7), c.total)

class Button:
    def __init__(self):
        self.handlers = []
    def on(self, h):
        self.handlers.append(h)
    def click(self):
        return [h() for h in self.handlers]

class Widget:
    def __init__(self, label):
        self.label = label
    def clicked(self):
        return "clicked " + self.label
btn = Button()
btn.on(Widget("ok").clicked)
btn.on(Widget("cancel").clicked)
print(btn.click())
