# DeltaBlue-style incremental constraint solver: chain and projection tests with a checksum
class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name
    def next_weaker(self):
        return STRENGTHS[self.level + 1]
    def __repr__(self):
        return self.name
    @staticmethod
    def stronger(a, b):
        return a.level < b.level
    @staticmethod
    def weaker(a, b):
        return a.level > b.level
    @staticmethod
    def weakest_of(a, b):
        return a if Strength.weaker(a, b) else b

STRENGTHS = [Strength(i, n) for i, n in enumerate(
    ["required", "strongPreferred", "preferred", "strongDefault", "normal", "weakDefault", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS
NONE, FORWARD, BACKWARD = 0, 1, 2
stats = {"satisfy": 0, "execute": 0, "propagate": 0}

class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True
    def add_constraint(self, c):
        self.constraints.append(c)
    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None

class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def add_constraint(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)
    def satisfy(self, mark, planner):
        stats["satisfy"] += 1
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("Could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("Cycle encountered")
        out.mark = mark
        return overridden
    def destroy_constraint(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()
    def is_input(self):
        return False

class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint(planner)
    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False
    def choose_method(self, mark):
        self.satisfied = (self.my_output.mark != mark and
                          Strength.stronger(self.strength, self.my_output.walk_strength))
    def is_satisfied(self):
        return self.satisfied
    def mark_inputs(self, mark):
        pass
    def output(self):
        return self.my_output
    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()
    def mark_unsatisfied(self):
        self.satisfied = False
    def inputs_known(self, mark):
        return True
    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False

class StayConstraint(UnaryConstraint):
    def execute(self):
        pass

class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True
    def execute(self):
        pass

class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength, planner):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add_constraint(planner)
    def choose_method(self, mark):
        v1, v2, s = self.v1, self.v2, self.strength
        if v1.mark == mark:
            ok = v2.mark != mark and Strength.stronger(s, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and Strength.stronger(s, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif Strength.weaker(v1.walk_strength, v2.walk_strength):
            self.direction = BACKWARD if Strength.stronger(s, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if Strength.stronger(s, v2.walk_strength) else BACKWARD
    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE
    def is_satisfied(self):
        return self.direction != NONE
    def mark_inputs(self, mark):
        self.input().mark = mark
    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2
    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1
    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()
    def mark_unsatisfied(self):
        self.direction = NONE
    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None
    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE

class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, strength, planner)
    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)
    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)
    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark
    def execute(self):
        stats["execute"] += 1
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value
    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

class EqualityConstraint(BinaryConstraint):
    def execute(self):
        stats["execute"] += 1
        self.output().value = self.input().value

class Plan:
    def __init__(self):
        self.v = []
    def add_constraint(self, c):
        self.v.append(c)
    def __len__(self):
        return len(self.v)
    def execute(self):
        for c in self.v:
            c.execute()

class Planner:
    def __init__(self):
        self.current_mark = 0
    def new_mark(self):
        self.current_mark += 1
        return self.current_mark
    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)
    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break
    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.add_constraint(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan
    def extract_plan_from_constraints(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])
    def add_propagate(self, c, mark):
        stats["propagate"] += 1
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True
    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied
    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

def chain_test(n):
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable("v%d" % i)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED, planner)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT, planner)
    edit = EditConstraint(first, PREFERRED, planner)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(50):
        first.value = i
        plan.execute()
        assert last.value == i, "chain test failed"
        total += last.value
    edit.destroy_constraint(planner)
    return len(plan), total

def change(v, new_value, planner):
    edit = EditConstraint(v, PREFERRED, planner)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(5):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint(planner)

def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(src, 17, planner)
    r1 = dst.value
    change(dst, 1050, planner)
    r2 = src.value
    change(scale, 5, planner)
    ok3 = all(dests[i].value == i * 5 + 1000 for i in range(n - 1))
    change(offset, 2000, planner)
    ok4 = all(dests[i].value == i * 5 + 2000 for i in range(n - 1))
    return r1, r2, ok3, ok4, sum(d.value for d in dests)

print("chain", chain_test(40))
print("projection", projection_test(40))
print("chain", chain_test(120))
print("projection", projection_test(120))
print("stats", stats)
print("checksum", stats["satisfy"] * 7 + stats["execute"] * 3 + stats["propagate"])
