# Numbers: float repr and rounding, ints, bases, fractions, decimal, complex, math.
import math
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
import decimal

print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, 1.0, 100.0, 1e22, 5e-324, 1.7976931348623157e308)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(2.675, 2), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(round(1.23456, 3), round(-0.5), type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), -7.5 // 2, -7.5 % 2)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), int("  42  "), int("-0x1f", 16), int("0b101", 0), int("z", 36))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, -16 >> 2, (255).bit_length(), (-1).bit_length(), (10).bit_count())
print(2 ** 100, 3 ** -2, (-8) ** (1 / 3) if False else "skip", pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20 // 7, -(10 ** 20) % 7)
big = math.factorial(30)
print(big, len(str(big)), big.bit_length(), hex(big), oct(255), bin(-10))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(format(255, "b"), int("11111111", 2), int("777", 8), int("ff", 16), str(int("1" * 30)))


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


print([to_base(v, b) for v, b in [(255, 2), (255, 16), (-100, 7), (10 ** 12, 36)]])
print(Fraction(3, 4) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100))
f = Fraction(22, 7)
print(repr(f), f.numerator, f.denominator, float(f), round(f, 2), math.floor(f), f ** 2, f ** -1, -f, abs(-f), f > 3)
print(Fraction(5, 10) == 0.5, Fraction(1, 2) + 0.5, sum([Fraction(1, n) for n in range(1, 6)]), Fraction(7, 2).as_integer_ratio())
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"), Decimal("1e3"), Decimal("-0"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.99").quantize(Decimal("1"), ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), +Decimal("123.456789"))
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal("3.14159").as_tuple(), Decimal("100").normalize(), Decimal("1.500").normalize(), Decimal("12.34").to_integral_value(), Decimal(5) // Decimal(-2), Decimal(5) % Decimal(-2))
print(repr(Decimal("1.0")), str(Decimal("1E+2")), Decimal("NaN"), Decimal("-Infinity"), Decimal("1.23").compare(Decimal("1.3")), max(Decimal("1"), Decimal("1.0")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", e)
z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, complex("1+2j"), 1j ** 2, (1 + 2j) ** 2, -1j, complex(0, 0), complex(-0.0, 1), 1e20j)
print(repr(z.real), z.imag, complex(1.5), 2j == complex(0, 2))
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.isqrt(99), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.copysign(3, -0.0))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.modf(3.75), math.frexp(8), math.ldexp(0.5, 4), math.fmod(-7, 3))
print(math.isnan(float("nan")), math.isinf(1e400), math.isfinite(1.0), float("1e400"), -float("inf"), float("-nan"))
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), float("  -12.5e2 "), 1e308 * 10)
print(sum([1, 2, 3], 0.0), max(1, 2.0), min(-0.0, 0.0), abs(-7), abs(-0.0), int(1e20), int(2 ** 53 + 1.0), 2 ** 63, -(2 ** 63), 2 ** 64 - 1)
print(7 / 2, 8 / 2, -7 / 2, 1 / 7, 10 / 3 * 3, 0.1 * 3, 1.1 * 1.1, 3 * 0.1 == 0.3, 1e-7, 0.0001, 12345678901234567890.0)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    math.comb(3, -1)
except ValueError as e:
    print(e)
