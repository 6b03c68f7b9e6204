# round() half-even and ndigits
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e300, -300), round(123.456, 10), round(0.0, 3), round(-0.0))
import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.1), math.ceil(-2.9))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5))
print(int(2.999999999999999999), int(-7.9), int(1e10))
def money(x):
    return f"${x:,.2f}"
print([money(v) for v in (0.005, 0.015, 1234567.891, -42.125, 1e6)])
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.135:.2f}", "%.0f" % 0.5, "%.0f" % 1.5)
print(round(7.0 / 3, 4), round(22 / 7, 6), round(1 / 7, 20))
