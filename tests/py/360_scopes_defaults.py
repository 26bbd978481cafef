# Scopes: global vs local, nonlocal chains, mutable default arguments, class scope rules.
turns = 0


def next_turn():
    global turns
    turns = turns + 1
    return turns


def shadow():
    turns = 100
    return turns


print(next_turn(), next_turn(), shadow(), turns)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))


def chain():
    level = 0

    def a():
        nonlocal level
        level += 1

        def b():
            nonlocal level
            level += 10
            return level

        return b()

    return a(), a(), level


print(chain())


class Config:
    size = 4
    doubled = size * 2
    names = [f"slot{i}" for i in range(size)]

    def area(self):
        return self.size * self.size


c = Config()
print(Config.doubled, Config.names, c.area())
c.size = 10
print(c.area(), Config.size, Config().area())
x = "global x"


def reader():
    return x


def writer():
    x = "local x"
    return reader(), x


print(writer())


def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])
try:
    def broken():
        total += 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
