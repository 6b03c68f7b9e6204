# decimal: correctly rounded sqrt/exp/ln/log10/power in several precisions
# and rounding modes (seeded random values, checksummed), exact cases, and
# format() with every presentation type.
import random
import zlib
from decimal import *

D = Decimal


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(D(10).ln(), D(2).exp(), D(100).log10(), D(2).sqrt(), D('0.5').ln(), D(-1).exp(), D('1e-10').exp())
print(D(3) ** D('1.5'), D('2.5') ** 3, D(10) ** D('-2'), D(2) ** D('0.333'), D(4) ** D('0.5'))
print(D('0.25') ** D('0.5'), D(100) ** D('1.5'), D(2) ** D(3), D('2.0') ** 3, D(10) ** 30, D('1.1') ** 50)
print(D(7) ** -3, D(2) ** -2, D('2.0') ** -2, D(0) ** -1, D(0) ** 2, D('0.0') ** 3, D(-2) ** 3, D(-2) ** 2)
print(D('inf') ** 2, D('inf') ** -1, D('-inf') ** 3, D(2) ** D('inf'), D('0.5') ** D('inf'), D(1) ** D('inf'))
print(D(4).sqrt(), D('4.00').sqrt(), D('0.04').sqrt(), D('400').sqrt(), D('1e3').sqrt(), D(0).sqrt(),
      D('-0').sqrt(), D('0E-7').sqrt(), D('inf').sqrt(), D('1e-1000').sqrt(), D(12345678).sqrt())
print(D(1000).log10(), D('0.001').log10(), D(1).ln(), D(0).exp(), D(0).ln(), D(0).log10(), D('inf').ln(),
      D('-inf').exp(), D('inf').exp(), D('1.0000000000000000000000001').ln(), D('0.99999999999').log10())
print(D('1e-100').exp(), D('-1e-100').exp(), D(100).exp(), D(-100).exp(), D(2302585).exp() if False else '')
for f in [lambda: D(-1).sqrt(), lambda: D(-1).ln(), lambda: D(-8) ** D('0.5'), lambda: D(0) ** 0,
          lambda: D(-1).log10(), lambda: D('1e6').exp(), lambda: D(2) ** D('1e10'),
          lambda: pow(D(3), D(4), D(5)), lambda: pow(D(-3), 3, 7), lambda: pow(D('3.5'), 2, 5)]:
    t(f)

rng = random.Random(7)
roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP]
acc = 0
shown = []
for i in range(250):
    ctx = Context(prec=rng.randrange(1, 35), rounding=rng.choice(roundings), traps=[])
    x = D('%dE%d' % (rng.randrange(1, 10 ** rng.randrange(1, 12)), rng.randrange(-12, 4)))
    y = D('%s%dE%d' % (rng.choice('+-'), rng.randrange(1, 10 ** rng.randrange(1, 6)), rng.randrange(-5, 1)))
    res = [ctx.sqrt(x), ctx.exp(y), ctx.ln(x), ctx.log10(x), ctx.power(x, y),
           ctx.power(x, rng.randrange(-6, 7)), ctx.exp(-x.copy_abs() / 7)]
    text = ' '.join(map(str, res))
    acc = zlib.crc32(text.encode(), acc)
    if i < 3:
        shown.append(text)
print(shown)
print(acc)

for spec in ['', '.2f', '10.3f', '<10', '>12.4e', '^15', ',', ',.2f', '+.1%', 'e', 'E', 'g', '.3g',
             '.10g', 'G', '012.2f', 'n', '.0f', ' .3f', 'z.2f', '*^20,.3f', '=+12.1f', '.0e', '.0g', '%',
             '_', '#.0f', 'x', '.1', ',g']:
    row = []
    for v in ['1234.5678', '-0.000123', '1e10', '0', '-0.001', 'nan', '-inf', '100', '0E+3', '123456789.9',
              '-1E-10']:
        try:
            row.append(format(D(v), spec))
        except ValueError as e:
            row.append('ValueError: %s' % e)
    print(repr(spec), row)
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(D('1.99'), '.1f'), format(D('1e10'), ''), format(D('2.5'), '.0f'))
print(f"{D('1234567.891'):,}", f"{D('-42'):+08.2f}", '{0:.3e}'.format(D('0.000123456')))
