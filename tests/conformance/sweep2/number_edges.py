# int/float/complex edge printing, repr round trips, float.hex, to_bytes/from_bytes
import math, sys

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7,
        2.5e300, 5e-324, float("inf"), float("-inf"), float("nan"), 1e22, 100.0, 9007199254740993.0]
for v in vals:
    print(f"{v!r:>24} {str(v):>24} {v:g} {v:.3e} {v:10.4f}")
print(repr(float(repr(0.1 + 0.2))) == repr(0.1 + 0.2), 0.1 + 0.2, 1.1 * 3, 2.675 * 100)
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(-0.0, 1))
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (0.0).hex(), float("inf").hex())
print((0.75).as_integer_ratio(), (2.0).is_integer(), math.isclose(0.1 + 0.2, 0.3), -0.0 == 0.0, math.copysign(1, -0.0))
print(float("  -12.5e3 "), float("1_000.5"), float("infinity"), float("-NaN"), int("  42  "), int("-0b101", 0), int("0o17", 0), int("ff", 16), int("z", 36))
for bad in ["1e", "abc", "0x10", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(2 ** 64, -2 ** 63, 10 ** 20 // 3, -(10 ** 20) // 3, (-7) % 3, 7 % -3, divmod(-7, 2), pow(3, -1, 7), pow(2, 100, 1000))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(4, byteorder="big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2, 3], "big"), (2**70).to_bytes(9, "big").hex())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).bit_length(), (-255).bit_length(), (255).bit_count(), (12).as_integer_ratio(), True + True, int(True), abs(-2 ** 70))
print(f"{1234567:,} {1234567:_} {255:#x} {255:#o} {255:#b} {-42:+d} {42: d} {3.14159:08.3f} {0.25:%} {1e6:,.1f} {123:>6} {123:<6}|")
print(f"{12345.6789:e} {12345.6789:E} {0.00001234:g} {1e100:g} {123456789:g} {1.0:g} {100000.0:g} {1e6:g} {0.0001:g}")
print(f"{'nan':>5} {float('nan'):f} {float('-inf'):+.2f} {-0.0:f} {-0.0:+g} {5e-324:.3g} {2**53:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z.real, z.imag, complex("1+2j"), complex(0, 1) ** 2, 1j * 1j, -1j, complex(-0.0, -0.0))
print(complex(1, float("inf")), complex(float("nan"), 1), (1 + 2j) / (3 - 4j), repr(2j), repr(-0j), repr(complex(0, -0.0)), 1e300j * 1e10)
print(f"{z:.2f} {z:>20} {complex(1.5, 2.25):g}")
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize, sys.int_info.bits_per_digit > 0)
print(hash(-1), hash(1.5), hash(float("inf")), hash(2 ** 61), hash(-2 ** 61 + 1), hash(0.5) == hash(1 / 2), hash(complex(1, 0)) == hash(1))
print(math.inf > 10 ** 400, 10 ** 400 > 1e308, float(10 ** 308), 2 ** 0.5, (-8) ** (1 / 3), 10 ** -2, 7 / 2, 7 // 2.0, -7 // 2.0, 7.5 % -2)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.gcd(12, 18, 30), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.isqrt(10 ** 12 + 1), math.dist((0, 0), (3, 4)))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 3), math.fmod(-10, 3), math.log(8, 2), math.log10(1000), math.log2(1024), math.hypot(3, 4, 12))
