# math module functions
import math
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(10), math.gcd(12, 18), math.gcd(0, 0), math.lcm(3, 4), math.comb(10, 3), math.perm(5, 2))
print(math.exp(1), math.log(100, 10), math.log(1), math.log1p(0), math.expm1(0), math.log2(8), math.log10(0.001))
print(math.sin(math.pi / 2), math.cos(math.pi), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.hypot(5, 12), math.hypot(1, 2, 2), math.dist((0, 0), (1, 1)))
print(math.degrees(math.pi / 3), math.radians(90), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(10, 3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isfinite(math.inf), math.isnan(math.nan), math.isinf(-math.inf))
print(math.floor(10 ** 20 + 0.0) == 10 ** 20, type(math.floor(1.5)).__name__, math.remainder(10, 3))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5),
            lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(3, -1)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.pi, math.e, math.tau, math.inf, -math.inf)
