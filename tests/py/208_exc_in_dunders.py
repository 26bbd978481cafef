# Exceptions raised inside dunder methods propagate through the operators and builtins that call them
class Bad:
    def __init__(self, where):
        self.where = where
    def _boom(self, name):
        if name == self.where:
            raise ValueError("boom in " + name)
    def __eq__(self, o):
        self._boom("eq")
        return True
    def __hash__(self):
        self._boom("hash")
        return 1
    def __len__(self):
        self._boom("len")
        return 1
    def __iter__(self):
        self._boom("iter")
        yield 1
        self._boom("next")
        yield 2
    def __getitem__(self, k):
        self._boom("getitem")
        return k
    def __add__(self, o):
        self._boom("add")
        return 0
    def __str__(self):
        self._boom("str")
        return "Bad"
    def __bool__(self):
        self._boom("bool")
        return True
    def __call__(self):
        self._boom("call")
        return "called"
    def __enter__(self):
        self._boom("enter")
        return self
    def __exit__(self, *a):
        self._boom("exit")
        return False
    def __contains__(self, x):
        self._boom("contains")
        return True

def attempt(label, fn):
    try:
        print(label, "ok:", fn())
    except ValueError as e:
        print(label, "raised:", e)

def use_with(b):
    with b:
        return "body"
tests = [("eq", lambda b: b == 1), ("hash", lambda b: len({b: 1})), ("len", lambda b: len(b)),
         ("iter", lambda b: list(b)), ("next", lambda b: list(b)), ("getitem", lambda b: b[5]),
         ("add", lambda b: b + 1), ("str", lambda b: str(b)), ("bool", lambda b: "t" if b else "f"),
         ("call", lambda b: b()), ("enter", use_with), ("exit", use_with), ("contains", lambda b: 3 in b)]
for where, fn in tests:
    attempt(where, lambda: fn(Bad(where)))
    attempt(where + "/other", lambda: fn(Bad("nowhere")))
