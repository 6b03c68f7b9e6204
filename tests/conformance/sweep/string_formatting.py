# String formatting: f-strings, format mini-language, str.format, % formatting.
from decimal import Decimal
import datetime

pi = 3.141592653589793
n = 1234567.891
i = 48879
name = "Ada"
w, p = 12, 3
print(f"{pi:.2f}|{pi:10.4f}|{pi:<10.3}|{pi:^12.5e}|{pi:+.1%}")
print(f"{n:,}|{n:_.2f}|{n:,.0f}|{n:e}|{n:E}|{n:g}|{n:G}|{1e20:g}|{1e-5:g}|{0.0001:g}")
print(f"{i:x}|{i:#X}|{i:o}|{i:#o}|{i:b}|{i:#b}|{i:_x}|{i:_b}|{i:08x}|{i:#010x}")
print(f"{-42:05d}|{42:+d}|{42: d}|{-42: d}|{42:=+8d}|{42:*^9d}|{42:c}|{1234567:,d}|{-1234567:_d}")
print(f"{name:>8}|{name:<8}|{name:^8}|{name:*^9}|{name:.2}|{name!r}|{name!s:>6}|{'é'!a}")
print(f"{pi:{w}.{p}f}|{name:{'>'}{w}}|{n:{',' if w > 5 else ''}.1f}")
x, y = 10, 3
print(f"{x=}, {y = }, {x/y=:.3f}, {name=!s}, {x*y = }")
print(f"{{literal}} {x}{{}}")
print(f"{'nested' + ' ' + f'{x:03}'}")
print(f"{Decimal('1.2345'):.2f}|{Decimal('1234.5'):,}|{Decimal('-0.000123'):e}|{Decimal('1.5'):>8}|{Decimal(2) / 3:.5}")
print(f"{True}|{True:d}|{None!r}|{3+4j}|{(1.5-2j):.2f}|{[1, 'a']}|{(1,)}")
print(f"{0.1 + 0.2}|{1/3}|{2/3:.15g}|{1e16}|{123456789012345678.0}|{1.0}|{-0.0}|{float('inf'):>6}|{float('nan')}")
print(f"{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{2.675:.2f}|{1.005:.2f}|{0.125:.2f}|{0.375:.2f}")
print(f"{12.0:g}|{12.5:#g}|{100000000.0:g}|{1234.5678:.3g}|{0.00001234:.3g}|{5:.2%}|{1e100:.3e}")
print(f"{3.0:n}|{1234:n}|{-5.5:+n}")
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age:>4} years".format(name="Bob", age=42))
print("{0[0]} {0[1]} {1[key]} {2.real} {2.imag}".format([7, 8], {"key": "v"}, 3 + 4j))


class P:
    def __init__(self):
        self.x = 5
        self.items = ["p", "q"]

    def __format__(self, spec):
        return f"P<{spec}>"


print("{0.x} {0.items[1]} {0:custom} {0!r:.3}".format(P()))
print("{:>{w}}|{:.{p}f}".format("r", 2.5, w=5, p=3))
print("{!r:^10}|{!s:<5}|{!a}".format("x", 1, "ü"))
print(format(255, "x"), format(3.5, "08.2f"), format("s", "^5"), format(12345, ","), format(0.5, "%"))
print("%s %r %d %5.2f %-6s| %x %X %o %e %g %c %%" % ("s", "r", 42, 3.14159, "left", 255, 255, 8, 12345.678, 0.00001, 65))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print("%5s|%-5s|%05d|%+d|% d|%.3s|%*d|%-*d|" % ("ab", "ab", 42, 5, 5, "abcdef", 4, 7, 4, 7))
print("%#x %#o %.0f %.1e %i %u" % (255, 8, 2.5, 12345, 3, 4))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True))
d = datetime.datetime(2024, 3, 5, 14, 7, 9, 123456)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %%"))
print(f"{d:%d/%m/%Y}", "{:%H:%M}".format(d), format(d.date(), "%A"), str(d), repr(d.date()))
print(d.isoformat(), d.date().isoformat(), d.time().isoformat(timespec="minutes"))
try:
    f"{1:z}"
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "x")
except ValueError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
print("{:,}".format(10**20), "{:_}".format(-10**9), f"{10**25:e}", f"{2**100:x}")
table = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
print(f"{'item':<12}{'qty':>5}{'price':>8}")
for item, qty, price in table:
    print(f"{item:<12}{qty:>5}{price:>8.2f}")
print(f"{'total':<12}{sum(q for _, q, _ in table):>5}{sum(q * p for _, q, p in table):>8.2f}")
