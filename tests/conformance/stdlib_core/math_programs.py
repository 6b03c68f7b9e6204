# Small numeric programs using math
import math
def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    if d == 0:
        return (-b / (2 * a),)
    s = math.sqrt(d)
    return tuple(sorted(((-b - s) / (2 * a), (-b + s) / (2 * a))))
print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, -4, -6))
def polygon_area(pts):
    n = len(pts)
    return abs(sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))) / 2
print(polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]), polygon_area([(0, 0), (1, 0), (0, 1)]))
def compound(p, r, n, t):
    return p * (1 + r / n) ** (n * t)
print(f"{compound(1000, 0.05, 12, 10):.2f}", f"{1000 * math.exp(0.05 * 10):.2f}")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)], is_prime(2 ** 31 - 1))
angles = [0, 30, 45, 60, 90]
for a in angles:
    r = math.radians(a)
    print(f"{a:>3} sin={math.sin(r):.4f} cos={math.cos(r):.4f}")
print(math.comb(52, 5), round(math.log(math.factorial(20)), 6), math.gcd(*[84, 126, 210]))
