# A 2D vector class with dunder operators (left operands only), used for simple physics steps.
import math


class Vec:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __iter__(self):
        return iter((self.x, self.y))

    def __getitem__(self, i):
        return self.y if i in (1, -1) else self.x

    def __len__(self):
        return 2

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def normalized(self):
        n = abs(self)
        return self / n if n else Vec()


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, a / 2, -b, abs(a), a.dot(b))
print(a == Vec(3, 4), a == b, a != b, bool(Vec()), bool(b), len(a), a[1], list(a))
x, y = a
print(x, y, a.normalized(), Vec().normalized(), tuple(b))
pos, vel, gravity = Vec(0, 10), Vec(2, 0), Vec(0, -9.8)
dt = 0.25
t = 0.0
while pos.y > 0:
    vel = vel + gravity * dt
    pos = pos + vel * dt
    t += dt
    print(f"t={t:4.2f} pos=({pos.x:6.2f}, {pos.y:7.3f}) speed={abs(vel):6.3f}")
print(f"landed after {t} s at x={pos.x:.2f}")
points = [Vec(1, 1), Vec(-2, 3), Vec(0, -1), Vec(4, 0)]
print(sorted(points, key=abs), max(points, key=lambda p: p.x))
centroid = Vec()
for p in points:
    centroid += p
print(centroid / len(points))
angle = math.degrees(math.atan2(a.y, a.x))
print(f"{angle:.3f} degrees", round(math.cos(math.radians(60)), 10))
try:
    Vec(1, 2).z
except AttributeError as e:
    print("AttributeError:", e)
