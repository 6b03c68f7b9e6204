# decimal money: quantize, rounding modes, contexts, invoices
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero, Context
import decimal

CENT = Decimal("0.01")
def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)

items = [("Widget", "19.995", 3), ("Gadget", "5.125", 7), ("Doohickey", "0.335", 11), ("Thing", "1234.5", 1)]
subtotal = Decimal(0)
print(f"{'Item':<10}{'Price':>10}{'Qty':>5}{'Total':>12}")
for name, price, qty in items:
    p = money(price)
    line = p * qty
    subtotal += line
    print(f"{name:<10}{p:>10}{qty:>5}{line:>12,}")
tax = money(subtotal * Decimal("0.0825"))
print(f"{'Subtotal':<25}{subtotal:>12,.2f}")
print(f"{'Tax 8.25%':<25}{tax:>12}")
print(f"{'Total':<25}{subtotal + tax:>12,.2f}")

for v in ["2.5", "3.5", "-2.5", "2.675", "0.125", "-0.125"]:
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal("1") if "." in v and len(v.split(".")[1]) == 1 else CENT, rounding=r))
              for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR)])

print(Decimal(0.1), Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(3))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("123456789") * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(2) / Decimal(3))
print(repr(Decimal("1.10")), Decimal("1.10").normalize(), Decimal("100").normalize(), Decimal("1E+2").to_integral_value())
print(Decimal("-0"), Decimal("Infinity"), Decimal("-inf"), Decimal("nan"), Decimal("1e-10"), Decimal("123.4567e10"))
print(Decimal("3.14159").as_tuple(), Decimal((0, (1, 4, 1), -2)), Decimal("12.30").adjusted())
print(sum(Decimal("0.1") for _ in range(10)), Decimal("10") // Decimal("3"), Decimal("-10") // Decimal("3"), Decimal("-10") % Decimal("3"))
print(divmod(Decimal("7.5"), 2), round(Decimal("2.567"), 2), round(Decimal("2.5")), int(Decimal("-7.9")), float(Decimal("1.5")))
print(Decimal("1.5") < 2, Decimal("0.5") == 0.5, Decimal(5) == 5, max(Decimal("1.01"), Decimal("1.1")), hash(Decimal(5)) == hash(5))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.add(Decimal("1.234"), Decimal("5.678")), ctx.multiply(Decimal("2.345"), 3), ctx.create_decimal("9.9951"))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.000123'):.2e} {Decimal('42'):08.3f} {Decimal('0.5'):%}")
print(Decimal("7").compare(Decimal("8")), Decimal("2") ** 10, Decimal("2") ** Decimal("0.5"), Decimal(10).ln().quantize(Decimal("0.0001")))
print(Decimal("1.23E+5").to_eng_string(), Decimal("0.00001234").to_eng_string(), Decimal("1e3").is_finite(), Decimal("nan").is_nan())
print(Decimal.from_float(0.25), Decimal(10).log10(), Decimal("5").exp().quantize(CENT), Decimal("-3.2").copy_abs())
# splitting a bill
total = Decimal("100.00")
shares = 3
each = (total / shares).quantize(CENT, rounding=ROUND_DOWN)
parts = [each] * shares
parts[-1] += total - each * shares
print(parts, sum(parts))
