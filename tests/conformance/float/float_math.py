# Numerical routines with floats
import math
def newton_sqrt(x, tol=1e-12):
    g = x / 2 or 1.0
    while abs(g * g - x) > tol * x:
        g = (g + x / g) / 2
    return g
for v in (2, 10, 1e6, 0.25):
    print(v, round(newton_sqrt(v), 10), math.sqrt(v))
def mean_std(xs):
    m = sum(xs) / len(xs)
    var = sum((x - m) ** 2 for x in xs) / len(xs)
    return m, math.sqrt(var)
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]))
print(math.pi, math.e, math.tau, math.sin(0), math.cos(0), math.log(math.e), math.log10(1000), math.log2(1024))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.exp(0), math.log(8, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1e-10, 0, abs_tol=1e-9))
pts = [(0, 0), (3, 4), (6, 8)]
print(sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)))
def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(trapezoid(lambda x: x * x, 0, 1, 1000), 6))
print(f"{math.pi:.10f}", f"{math.e:.3e}", f"{1/7:g}", f"{1e-7:g}", f"{123456789.0:g}")
