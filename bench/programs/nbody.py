# n-body benchmark (small): Jovian planets simulation, energies printed with %.9f
from math import sqrt
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS
def make_system():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                   1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                   2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]
def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vel[0] * b.mass
        py += b.vel[1] * b.mass
        pz += b.vel[2] * b.mass
    sun = bodies[0]
    sun.vel = [-px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS]
def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vel[0] * b.vel[0] + b.vel[1] * b.vel[1] + b.vel[2] * b.vel[2])
        for j in range(i + 1, n):
            o = bodies[j]
            dx = b.pos[0] - o.pos[0]
            dy = b.pos[1] - o.pos[1]
            dz = b.pos[2] - o.pos[2]
            e -= b.mass * o.mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e
def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.pos[0] - b2.pos[0]
            dy = b1.pos[1] - b2.pos[1]
            dz = b1.pos[2] - b2.pos[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            for k, dk in enumerate((dx, dy, dz)):
                b1.vel[k] -= dk * m2
                b2.vel[k] += dk * m1
        for b in bodies:
            for k in range(3):
                b.pos[k] += dt * b.vel[k]
bodies = make_system()
offset_momentum(bodies)
print("%.9f" % energy(bodies))
for chunk in range(4):
    advance(bodies, 0.01, 250)
    print("after %4d steps: %.9f" % ((chunk + 1) * 250, energy(bodies)))
print("jupiter x %.6f" % bodies[1].pos[0])
