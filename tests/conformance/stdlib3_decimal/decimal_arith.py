# decimal: construction, str/repr/eng, arithmetic with exact ideal exponents,
# rounding modes and precisions (seeded random cross-check), quantize,
# comparisons and hashing with int/float/Fraction, contexts, flags and traps.
import random
import zlib
from decimal import *
from fractions import Fraction

D = Decimal


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for s in ['0', '-0', '0.00', '1E+2', '1e-7', '123.456', '-1.5e10', '0.000001', '0.0000001', '1E+5', '100',
          '1.000', 'inf', '-Infinity', 'nan', 'NaN123', '-sNaN', ' 12 ', '1_000.5', '12e', '.5', '5.', '+.5e-3',
          '0E-20', '0E+20', '123456789012345678901234567890', '1__0', '_1', 'e5', '1.2.3', '', '-', 'Inf5',
          '1e+', '0x10', '١٢٣']:
    t(lambda: (D(s), str(D(s)), D(s).to_eng_string()))
t(lambda: D(10 ** 50))
t(lambda: D(-7))
t(lambda: D(1.1))
t(lambda: D(float('-inf')))
t(lambda: D.from_float(0.1))
t(lambda: D((1, (1, 2, 5), -3)))
t(lambda: D((0, (), 0)))
t(lambda: D((0, (1, 12), -1)))
t(lambda: D((3, (1,), 0)))
t(lambda: D([1]))
t(lambda: D((1, (0,), 'F')))
t(lambda: D((0, (4, 2), 'n')))
t(lambda: D(object()))
t(lambda: D(D('1.50')))

print(D('-0') + D('0'), D('-0') + D('-0'), D('1.50') - D('1.5'), D('5') - 5, -D('0'), +D('-0'), abs(D('-0')))
print(D(-7) // 2, D(-7) % 2, divmod(D(7), D(-2)), D('7.5') % D('2'), D(10) / D(4), D('1.00') / D('0.5'))
print(D(1) / D(8), D('12') / D('4'), D('0') / D('4'), D('0.00') / D('1e5'), D(1) / 3, D(2) / 3, D(-2) / 3)
print(sum([D('0.1')] * 10), D('1') / D('7'), D('22') / D('7') * 7, D('1.1') + D('2.2'), D('1.30') + D('1.20'))
print(D('1e30') + 1, D('1e-30') + 1, D('1e100') + D('1e-100'), D('1') - D('1e-40'), D('0E-50') + 1)
print(D('1.23') * D('4.56'), D('-0.0') * 5, D(3) * D('inf'), D('2.50') * 4)
print(D('inf') + D('inf'), D('-inf') - 1, D('inf') // 2)
for op in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0, lambda: D(0) % 0,
           lambda: divmod(D(1), 0), lambda: D('inf') - D('inf'), lambda: D('inf') * 0, lambda: D('nan') < 1,
           lambda: D('snan') + 1, lambda: D('1e30') // 1, lambda: D('9e999999') * 10, lambda: D('inf') % 2,
           lambda: D('1.1') - D('1.1')]:
    t(op)

print(D(1) == 1, D('1.0') == 1.0, D('0.1') == 0.1, D(1) < 2, 2 > D(1), max(D(1), D(2)), D(5).max(D(3)),
      D('nan') == D('nan'), D('0.5') == Fraction(1, 2), D('0.5') < Fraction(2, 3), D('-0') == 0, D(2) >= 2.0,
      D('inf') > 10 ** 100, D('-inf') < -1e308, sorted([D('1.5'), 1, 0.5, Fraction(3, 4), D('-2')]))
print(hash(D('1.5')) == hash(1.5), hash(D(10)) == hash(10), hash(D('0.1')), hash(D('-2.5E+10')), hash(D('inf')),
      hash(D('1.50')) == hash(D('1.5')), hash(D('0.125')) == hash(Fraction(1, 8)), {D('2.0'): 'a'}[2])
t(lambda: hash(D('snan')))

print(D('12.345').quantize(D('1')), D('12.345').quantize(D('1e1')), D('12.5').to_integral(),
      D('13.5').to_integral_value(ROUND_HALF_UP), D('1.2000').normalize(), D('0E+5').normalize(),
      D('120').normalize(), D('-1.45').quantize(D('0.1'), ROUND_HALF_DOWN), D('2.675').quantize(D('0.01')))
t(lambda: D('1.23456').quantize(D('1e-30')))
t(lambda: D('inf').quantize(D(1)))
t(lambda: D('1.2345').quantize(D('0.01'), rounding='bogus'))
print(round(D('2.5')), round(D('3.5')), round(D('1.235'), 2), round(D('12345'), -2), round(D('-0.5')),
      D('2.5').__floor__(), D('2.5').__ceil__(), D('-2.5').__trunc__(), int(D('-3.7')), float(D('1.1')),
      complex(D(2)), bool(D(0)), bool(D('0.0')), bool(D('nan')), int(D('1e5')), float(D('-nan')))
for f in [lambda: int(D('nan')), lambda: int(D('inf')), lambda: round(D('nan')), lambda: float(D('snan')),
          lambda: round(D('inf'), 2), lambda: D('nan').as_integer_ratio()]:
    t(f)
print(D('1.5').as_integer_ratio(), D('-0.125').as_tuple(), D('inf').as_tuple(), D('nan12').as_tuple(),
      D(3).adjusted(), D('0.0012').adjusted(), D('-1.20').as_integer_ratio(), D(0).as_integer_ratio())
print(D('1.23').compare(D('1.230')), D(3).fma(2, 1), D('1.5').copy_sign(D(-1)), D(1).is_signed(),
      D(-1).is_signed(), D('nan').is_nan(), D(5).is_zero(), D(1).same_quantum(D('1.0')), D(1).scaleb(3),
      D('1.5').number_class(), D(0).number_class(), D('-inf').number_class(), D(1).next_plus(),
      D(1).next_minus(), D(1).logb(), D('1.23').compare_total(D('1.230')), D(-2).copy_abs(),
      D(2).copy_negate(), D('1.5').is_finite(), D('inf').is_infinite(), D('sNaN').is_snan(),
      D('1e-999999').is_subnormal(), D(1).is_normal(), D(7).remainder_near(2), D(5).min(D('5.0')))

# random cross-check of the basic operations in several contexts
rng = random.Random(2024)
acc = 0
roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP]


def rand_dec():
    digits = rng.randrange(1, 30)
    coef = rng.randrange(10 ** digits)
    exp = rng.randrange(-25, 15)
    sign = rng.choice('+-')
    return D('%s%dE%d' % (sign, coef, exp))


samples = []
for i in range(1500):
    ctx = Context(prec=rng.randrange(1, 40), rounding=rng.choice(roundings), traps=[])
    a, b = rand_dec(), rand_dec()
    results = [ctx.add(a, b), ctx.subtract(a, b), ctx.multiply(a, b), ctx.divide(a, b),
               ctx.divide_int(a, b), ctx.remainder(a, b), ctx.plus(a), ctx.minus(b), ctx.abs(a),
               ctx.quantize(a, D('1e%d' % rng.randrange(-10, 5))), ctx.compare(a, b), ctx.max(a, b),
               ctx.to_integral_exact(a), ctx.normalize(b), ctx.fma(a, b, a)]
    text = ' '.join(map(str, results)) + ' ' + repr(sorted(s.__name__ for s, v in ctx.flags.items() if v))
    acc = zlib.crc32(text.encode(), acc)
    if i < 4:
        samples.append(text)
print(samples)
print(acc)

c = getcontext()
print(c)
c.clear_flags()
x = D(1) / 3
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(Context(prec=5).create_decimal('1.234567'), Context(prec=5, rounding=ROUND_DOWN).create_decimal('1.234567'))
t(lambda: Context(prec=3).create_decimal(' 1'))
print(Context(prec=3).create_decimal_from_float(0.1))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, ctx.prec)
with localcontext(prec=6, rounding=ROUND_DOWN) as ctx:
    print(D(2) / 3, ctx)
print(D(1) / 7, getcontext().prec)
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, getcontext())
setcontext(DefaultContext)
print(getcontext().prec, BasicContext, ExtendedContext, DefaultContext)
for bad in [lambda: Context(prec=0), lambda: Context(rounding='x'), lambda: Context(Emax=-1),
            lambda: Context(capitals=2), lambda: setattr(getcontext(), 'foo', 1),
            lambda: localcontext(foo=1)]:
    t(bad)
ctx = Context(traps=[Overflow, Inexact, Rounded, Underflow, Subnormal, Clamped])
for f in [lambda: ctx.multiply(D('9e999999'), 10), lambda: ctx.multiply(D('1e-999999'), D('1e-20')),
          lambda: ctx.divide(1, 3), lambda: ctx.create_decimal('1.5')]:
    t(f)
ctx = Context(traps=[])
print(ctx.divide(1, 0), ctx.divide(0, 0), ctx.sqrt(-1), ctx.create_decimal('x'))
print(ctx.multiply(D('9e999999'), 10), ctx.multiply(D('1e-999999'), D('1e-20')), ctx.flags)
print(type(ctx.flags).__name__, issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact),
      issubclass(FloatOperation, TypeError), DecimalTuple(0, (1,), 0))
c = getcontext()
c.clear_flags()
print(D(1) < 1.5, c.flags[FloatOperation])
c.traps[FloatOperation] = True
t(lambda: D(1) < 1.5)
t(lambda: D(1.5))
t(lambda: D(1) == 1.0)
c.traps[FloatOperation] = False
print(D('3.14159').__format__('.2f'), f"{D('1234.5'):,.1f}", '{:>10}'.format(D('-1.5')))
