# cmath: every function on regular, large, tiny, signed-zero, infinite and NaN arguments
# (branch cuts and C99 special values), errors, constants.
import cmath
import math

inf, nan = math.inf, math.nan
VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.5, 1e-300, -1e-310, 1e300, -1e308, 7e307, 720.0,
          -720.0, inf, -inf, nan]


def mk(x, y):
    # complex(x, -0.0) is spelled through conjugate() so the test does not
    # depend on the complex() constructor's handling of signed zeros
    if y == 0 and math.copysign(1.0, y) < 0:
        return complex(x, 0.0).conjugate()
    return complex(x, y)


ARGS = [mk(x, y) for x in VALUES for y in VALUES]
FUNCS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def fmt(z):
    # repr plus the signs of zeros and NaNs' presence, which repr alone hides for complex parts
    if isinstance(z, complex):
        return '(%r,%r)' % (z.real, z.imag)
    return repr(z)


def call(f, *a):
    try:
        return fmt(f(*a))
    except (ValueError, OverflowError) as e:
        return type(e).__name__[0] + ':' + str(e)


for name in FUNCS:
    f = getattr(cmath, name)
    print('==', name)
    line = []
    for z in ARGS:
        line.append(call(f, z))
        if len(line) == 6:
            print(' '.join(line))
            line = []
    print(' '.join(line))
for z in ARGS[::7]:
    print('phase/polar', fmt(z), call(cmath.phase, z), call(cmath.polar, z))
for r in VALUES[::2]:
    print('rect', r, ' '.join(call(cmath.rect, r, phi) for phi in VALUES[::3]))
for z in [2, 2.5, -1, 1j, -1j, 1 + 1j, 1e-20j, mk(0, -0.0), True, 10 ** 20]:
    print('values', fmt(z), call(cmath.sqrt, z), call(cmath.log, z), call(cmath.log, z, 10), call(cmath.log, z, 1j),
          call(cmath.log10, z), call(cmath.exp, z), call(cmath.atan, z), call(cmath.asin, z))
print('log base', call(cmath.log, 0, 2), call(cmath.log, 2, 0), call(cmath.log, 1, 1), call(cmath.log, 8, 2),
      call(cmath.log, complex(inf, 0), 2), call(cmath.log, 100, 0.5))
print('overflow', call(cmath.exp, 1000), call(cmath.cosh, complex(1000, 1)), call(cmath.sinh, 1000),
      call(cmath.polar, complex(1e308, 1e308)), call(cmath.exp, complex(710, 0)), call(cmath.exp, complex(709, 1)))
print('domain', call(cmath.atanh, 1), call(cmath.atanh, -1), call(cmath.atan, 1j), call(cmath.log, 0),
      call(cmath.cos, complex(1, inf)), call(cmath.exp, complex(1, inf)), call(cmath.tan, complex(inf, 1)),
      call(cmath.rect, 1, inf), call(cmath.rect, 0, inf))
print('predicates', [(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z)) for z in
                     [1, complex(inf, 0), complex(0, nan), complex(inf, nan), 1 + 2j]])
for a, b, kw in [(1, 1 + 1e-10j, {}), (1, 1.001, {}), (1, 1.001, {'rel_tol': 0.01}), (0, 1e-10, {}),
                 (0, 1e-10, {'abs_tol': 1e-9}), (complex(inf, 0), complex(inf, 0), {}),
                 (complex(inf, 0), complex(-inf, 0), {}), (nan, nan, {}), (inf, 1e308, {'rel_tol': 1})]:
    print('isclose', a, b, kw, cmath.isclose(a, b, **kw))


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 5


for label, f in [('str', lambda: cmath.sqrt('x')), ('none', lambda: cmath.sqrt()), ('two', lambda: cmath.sqrt(1, 2)),
                 ('kw', lambda: cmath.sqrt(z=1)), ('log3', lambda: cmath.log(1, 2, 3)), ('logkw', lambda: cmath.log(x=1)),
                 ('rect1', lambda: cmath.rect(1)), ('rectc', lambda: cmath.rect(1j, 1)), ('phase', lambda: cmath.phase('a')),
                 ('isclose3', lambda: cmath.isclose(1, 2, 3)), ('neg tol', lambda: cmath.isclose(1, 2, rel_tol=-1)),
                 ('bad tol', lambda: cmath.isclose(1, 2, abs_tol='x')), ('big int', lambda: cmath.sqrt(2 ** 2000)),
                 ('__complex__', lambda: cmath.sqrt(C())), ('__float__', lambda: cmath.sqrt(F())),
                 ('__index__', lambda: cmath.sqrt(I())), ('bad __complex__', lambda: cmath.sqrt(Bad())),
                 ('bool', lambda: cmath.sqrt(True))]:
    try:
        print(label, fmt(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.infj).__name__)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
