"""Decimal functions of decimal.py: sqrt, exp, ln, log10, power,
remainder_near and next_plus/next_minus.

Transcendental results are computed in fixed point with Python ints (a value
v is the integer round(v * 10**P)) with guard digits, then rounded once to
the context.  When the computed value is too close to a rounding boundary the
computation is repeated with more digits, so results are correctly rounded.
"""

import decimal as _d
from decimal import (Decimal, Inexact, Rounded, InvalidOperation, DivisionImpossible, ROUND_HALF_EVEN,
                     ROUND_CEILING, ROUND_FLOOR, _make, _special, _fit, _finish, _check_nans, _Cond,
                     _raise_conditions, _ndigits, _shrink, _compare_values)
from math import isqrt as _isqrt

_LN10_CACHE = {}


def _atanh_inv(n, P):
    """atanh(1/n) * 10**P (n > 1), truncated (error < a few units)."""
    one = 10 ** P
    x = one // n
    n2 = n * n
    total = x
    k = 1
    while x:
        x //= n2
        k += 2
        total += x // k
    return total


def _ln10(P):
    """ln(10) * 10**P with error below a few units."""
    hit = _LN10_CACHE.get(P)
    if hit is not None:
        return hit
    W = P + 10
    ln2 = 2 * _atanh_inv(3, W)           # ln 2 = 2 atanh(1/3)
    ln5_4 = 2 * _atanh_inv(9, W)         # ln 1.25 = 2 atanh(1/9)
    value = (3 * ln2 + ln5_4) // 10 ** 10
    _LN10_CACHE[P] = value
    return value


def _ln_fixed(coef, exp, P):
    """ln(coef * 10**exp) * 10**P (coef > 0), error below ~100 units."""
    nd = _ndigits(coef)
    p = exp + nd - 1                     # x = m * 10**p with m in [1, 10)
    W = P + 12
    one = 10 ** W
    M = coef * one // 10 ** (nd - 1) if nd - 1 <= W else coef // 10 ** (nd - 1 - W)
    # m**(1/2**k) is close to 1, where atanh's series converges fast.
    k = 8
    y = M
    for _ in range(k):
        y = _isqrt(y * one)
    z = (y - one) * one // (y + one)
    z2 = z * z // one
    term = z
    total = z
    i = 1
    while term:
        term = term * z2 // one
        i += 2
        total += term // i
    ln_m = total * 2 * (1 << k)
    result = ln_m
    if p:
        result += p * _ln10(W + _ndigits(abs(p)))// 10 ** _ndigits(abs(p))
    return result // 10 ** 12


def _exp_fixed(X, S, W):
    """exp(X / 10**S) as (coef, exp10) with about W+1 significant digits and
    an error below ~1000 units of the last digit."""
    mag = _ndigits(abs(X)) - S           # rough decimal magnitude of x
    P = W + 12 + max(0, mag)
    if S <= P:
        x = X * 10 ** (P - S)
    else:
        x = X // 10 ** (S - P) if X >= 0 else -((-X) // 10 ** (S - P))
    L10 = _ln10(P)
    q = x // L10                         # x = q ln10 + r, 0 <= r < ln10
    r = x - q * L10
    one = 10 ** P
    k = 10
    t = r >> k
    total = one
    term = one
    n = 1
    while term:
        term = term * t // (n * one)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // one
    return total, q - P


def _round_value(coef, exp, prec, rounding):
    """coef*10**exp rounded to prec digits: (coef, exp)."""
    nd = _ndigits(coef)
    if nd <= prec:
        return coef, exp
    c, _ = _shrink(coef, nd - prec, 0, rounding)
    e = exp + nd - prec
    if _ndigits(c) > prec:
        c //= 10
        e += 1
    return c, e


def _ziv(compute, prec, rounding, sign=0):
    """Round the value produced by compute(guard) -> (coef, exp, err) to prec
    digits once the rounding no longer depends on the error."""
    guard = 8
    while True:
        coef, exp, err = compute(guard)
        lo = _round_value(max(coef - err, 1), exp, prec, rounding if not sign else _mirror(rounding))
        hi = _round_value(coef + err, exp, prec, rounding if not sign else _mirror(rounding))
        if _make(0, *lo) == _make(0, *hi) or guard > 400:
            c, e = _round_value(coef, exp, prec, rounding if not sign else _mirror(rounding))
            return c, e
        guard *= 2


def _mirror(rounding):
    """The rounding of a magnitude for a negative result."""
    if rounding == ROUND_CEILING:
        return ROUND_FLOOR
    if rounding == ROUND_FLOOR:
        return ROUND_CEILING
    return rounding


def _inexact_result(sign, coef, exp, context, rounding=None):
    """Finish an inexact rounded result (signals Inexact and Rounded)."""
    conds = _Cond()
    if rounding is not None and rounding != context.rounding:
        ctx = context.copy()
        ctx.rounding = rounding
        result = _fit(_make(sign, coef, exp), ctx, conds)
    else:
        result = _fit(_make(sign, coef, exp), context, conds)
    conds.add(Inexact)
    conds.add(Rounded)
    _raise_conditions(context, conds.items)
    return result


# ---------------------------------------------------------------- sqrt

def sqrt(x, context):
    nan = _check_nans(x, None, context)
    if nan is not None:
        return nan
    if x._is_special:
        if x._sign:
            return context._invalid(InvalidOperation)
        return Decimal(x)
    if not x._int:
        return _finish(_make(x._sign, 0, x._exp // 2), context)
    if x._sign:
        return context._invalid(InvalidOperation)
    prec = context.prec + 1
    c, e = x._int, x._exp
    if e & 1:
        c *= 10
        e -= 1
    nd = _ndigits(c)
    shift = max(0, prec - (nd + 1) // 2)
    c *= 100 ** shift
    e -= 2 * shift
    r = _isqrt(c)
    exact = r * r == c
    e //= 2
    if exact:
        ideal = x._exp // 2
        while e < ideal and r % 10 == 0:
            r //= 10
            e += 1
        ctx = context.copy()
        ctx.rounding = ROUND_HALF_EVEN
        ctx.traps = {}
        conds = _Cond()
        result = _fit(_make(0, r, e), ctx, conds)
        _raise_conditions(context, conds.items)
        return result
    if r % 5 == 0:
        r += 1
    ctx = context.copy()
    ctx.rounding = ROUND_HALF_EVEN
    ctx.clear_flags()
    ctx.traps = {}
    conds = _Cond()
    result = _fit(_make(0, r, e), ctx, conds)
    conds.add(Inexact)
    conds.add(Rounded)
    _raise_conditions(context, conds.items)
    return result


# ---------------------------------------------------------------- exp, ln, log10

def exp(x, context):
    nan = _check_nans(x, None, context)
    if nan is not None:
        return nan
    if x._is_special:
        return _make(0, 0, 0) if x._sign else Decimal(x)
    if not x._int:
        return _finish(_make(0, 1, 0), context)
    prec = context.prec
    X = -x._int if x._sign else x._int
    # Too large or too small for any representable result.
    adj = x.adjusted()
    if adj > 7 or (not x._sign and adj >= 0 and int(x) > 2.31 * (context.Emax + 2)):
        if not x._sign:
            return _overflow(context, ROUND_HALF_EVEN)
        return _inexact_result(0, 1, context.Etiny() - 2, context, ROUND_HALF_EVEN)
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ...: a value just above or below 1 (sticky).
        big = prec + 5
        coef = 10 ** big + (-1 if x._sign else 1)
        return _inexact_result(0, coef, -big, context, ROUND_HALF_EVEN)
    S = -x._exp if x._exp < 0 else 0
    if x._exp > 0:
        X *= 10 ** x._exp

    def compute(guard):
        coef, e = _exp_fixed(X, S, prec + guard)
        return coef, e, 10 ** 4

    c, e = _ziv(compute, prec, ROUND_HALF_EVEN)
    return _inexact_result(0, c, e, context, ROUND_HALF_EVEN)


def _overflow(context, rounding=None):
    from decimal import Overflow
    conds = _Cond()
    conds.add(Overflow)
    conds.add(Inexact)
    conds.add(Rounded)
    if rounding is not None:
        ctx = context.copy()
        ctx.rounding = rounding
        result = _d._overflow_result(0, ctx)
    else:
        result = _d._overflow_result(0, context)
    _raise_conditions(context, conds.items)
    return result


def ln(x, context):
    nan = _check_nans(x, None, context)
    if nan is not None:
        return nan
    if x._is_special:
        if x._sign:
            return context._invalid(InvalidOperation)
        return Decimal(x)
    if not x._int:
        return _special(1, 'F')
    if x._sign:
        return context._invalid(InvalidOperation)
    if x._int == 1 and x._exp == 0 or _is_one(x):
        return _make(0, 0, 0)
    prec = context.prec
    # Relative precision for results near 0 (x near 1): extra digits.
    extra = _closeness_to_one(x)

    def compute(guard):
        P = prec + guard + extra
        v = _ln_fixed(x._int, x._exp, P)
        return abs(v), -P, 10 ** 4

    sign = 1 if _compare_values(x, Decimal(1)) < 0 else 0
    c, e = _ziv(compute, prec, ROUND_HALF_EVEN, sign)
    return _inexact_result(sign, c, e, context, ROUND_HALF_EVEN)


def _is_one(x):
    if x._exp > 0:
        return False
    return x._int == 10 ** (-x._exp)


def _closeness_to_one(x):
    """How many leading digits of x agree with 1 (so ln x is that small)."""
    e = x._exp
    if e >= 0 or x.adjusted() != 0 and x.adjusted() != -1:
        return 0
    diff = abs(x._int - 10 ** (-e))
    if not diff:
        return 0
    return max(0, -(e + _ndigits(diff)))


def log10(x, context):
    nan = _check_nans(x, None, context)
    if nan is not None:
        return nan
    if x._is_special:
        if x._sign:
            return context._invalid(InvalidOperation)
        return Decimal(x)
    if not x._int:
        return _special(1, 'F')
    if x._sign:
        return context._invalid(InvalidOperation)
    # Exact powers of ten have exact logarithms.
    digits = str(x._int)
    if digits[0] == '1' and digits[1:].count('0') == len(digits) - 1:
        return _finish(Decimal(x.adjusted()), context)
    prec = context.prec
    extra = _closeness_to_one(x)

    def compute(guard):
        P = prec + guard + extra
        v = _ln_fixed(x._int, x._exp, P + 5)
        v = v * 10 ** P // _ln10(P + 5)
        return abs(v), -P, 10 ** 4

    sign = 1 if _compare_values(x, Decimal(1)) < 0 else 0
    c, e = _ziv(compute, prec, ROUND_HALF_EVEN, sign)
    return _inexact_result(sign, c, e, context, ROUND_HALF_EVEN)


# ---------------------------------------------------------------- power

def _int_power_exact_size(x, n):
    return _ndigits(x._int) * n


def power(x, y, modulo, context):
    if modulo is not None:
        return _power_modulo(x, y, modulo, context)
    nan = _check_nans(x, y, context)
    if nan is not None:
        return nan
    y_integral = not y._is_special and (y._exp >= 0 or y._int % 10 ** (-y._exp) == 0)
    # sign of the result: negative only for a negative base and odd integral exponent
    if y_integral and not y._is_special:
        n = int(y)
        odd = n & 1
    else:
        n = None
        odd = 0
    rsign = x._sign if odd else 0
    if not x._is_special and not x._int:
        if y._is_special:
            if y._sign:
                return _special(0, 'F')
            return _make(0, 0, 0)
        if not y._int:
            return context._invalid(InvalidOperation)
        if y._sign:
            return _special(rsign, 'F')
        if x._sign and not y_integral:
            return _make(0, 0, 0)
        return _make(rsign, 0, 0)
    if x._is_special:
        if y._is_special:
            return _make(0, 0, 0) if y._sign else _special(0, 'F')
        if not y._int:
            return _finish(_make(0, 1, 0), context)
        if y._sign:
            return _make(rsign, 0, 0)
        return _special(rsign, 'F')
    if y._is_special:
        # finite ** infinity
        if x._sign:
            return context._invalid(InvalidOperation)
        c = _compare_values(x, Decimal(1))
        if c == 0:
            return _inexact_result(0, 10 ** (context.prec - 1), 1 - context.prec, context)
        grows = (c > 0) != bool(y._sign)
        return _special(0, 'F') if grows else _make(0, 0, 0)
    if not y._int:
        return _finish(_make(0, 1, 0), context)
    if n is not None:
        return _integer_power(x, n, rsign, context)
    if x._sign:
        return context._invalid(InvalidOperation)
    return _real_power(x, y, context)


def _log10_estimate(x, y):
    """A float estimate of y * log10(|x|) (inf when it does not fit)."""
    import math
    lead = int(str(x._int)[:15])
    try:
        return (x.adjusted() + math.log10(lead / 10 ** (len(str(lead)) - 1))) * float(y)
    except (OverflowError, ValueError):
        return float('inf') if (x.adjusted() >= 0) != (float(y) < 0) else float('-inf')


def _total_underflow(sign, context):
    """A power far below the smallest subnormal: a signed zero at Etiny
    (what libmpdec's bounds check produces, whatever the rounding)."""
    conds = _Cond()
    for c in (_d.Underflow, _d.Subnormal, Inexact, Rounded, _d.Clamped):
        conds.add(c)
    result = _make(sign, 0, context.Etiny())
    _raise_conditions(context, conds.items)
    return result


def _integer_power(x, n, sign, context):
    prec = context.prec
    m = abs(n)
    est = _log10_estimate(x, n)
    if est < context.Etiny() - 5:
        return _total_underflow(sign, context)
    if est > context.Emax + 2:
        return _overflow(context) if not sign else _neg_overflow(context)
    if x._int == 1 or _ndigits(x._int) * m <= max(4 * prec, 20000):
        coef = x._int ** m
        exp = x._exp * m
        if n >= 0:
            return _finish(_make(sign, coef, exp), context)
        return _d._div(_make(0, 1, 0), _make(sign, coef, exp), context)
    # Huge exact results: compute with guard digits instead.
    return _real_power(x.copy_abs(), Decimal(n), context, sign)


def _real_power(x, y, context, sign=0):
    prec = context.prec
    ycoef = -y._int if y._sign else y._int
    yexp = y._exp
    # Overflow/underflow screening with a rough float estimate.
    est = _log10_estimate(x, y)
    if est > context.Emax + 2:
        return _overflow(context) if not sign else _neg_overflow(context)
    if est < context.Etiny() - 3:
        # far below the smallest subnormal: the rounding decides 0 or Etiny
        return _inexact_result(sign, 1, context.Etiny() - 2, context)
    ydigits = max(0, _ndigits(abs(ycoef)) + yexp)

    def compute(guard):
        P = prec + guard + ydigits + 2
        L = _ln_fixed(x._int, x._exp, P)          # ln(x) * 10**P
        # y * ln(x) as X / 10**S
        X = L * ycoef
        S = P - yexp
        if S < 0:
            X *= 10 ** -S
            S = 0
        coef, e = _exp_fixed(X, S, prec + guard)
        return coef, e, 10 ** 5

    c, e = _ziv(compute, prec, context.rounding, sign)
    return _inexact_result(sign, c, e, context)


def _neg_overflow(context):
    from decimal import Overflow
    conds = _Cond()
    conds.add(Overflow)
    conds.add(Inexact)
    conds.add(Rounded)
    result = _d._overflow_result(1, context)
    _raise_conditions(context, conds.items)
    return result


def _power_modulo(x, y, m, context):
    nan = _check_nans(x, y, context)
    if nan is None:
        nan = _check_nans(m, None, context)
    if nan is not None:
        return nan
    for v in (x, y, m):
        if v._is_special or v._exp < 0 and v._int % 10 ** (-v._exp):
            return context._invalid(InvalidOperation)
    if y._sign or not m._int:
        return context._invalid(InvalidOperation)
    mi = abs(int(m))
    if _ndigits(mi) > context.prec:
        return context._invalid(InvalidOperation)
    xi, yi = int(x), int(y)
    if not xi and not yi:
        return context._invalid(InvalidOperation)
    r = pow(abs(xi), yi, mi)
    sign = 1 if xi < 0 and yi & 1 else 0
    return _make(sign, r, 0)


# ---------------------------------------------------------------- misc

def remainder_near(a, b, context):
    nan = _check_nans(a, b, context)
    if nan is not None:
        return nan
    if a._is_special:
        return context._invalid(InvalidOperation)
    if b._is_special:
        return _finish(Decimal(a), context)
    if not b._int:
        return context._invalid(InvalidOperation if a._int else _d.DivisionUndefined)
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    # round the quotient half-even
    if 2 * r > y or (2 * r == y and q & 1):
        r -= y
        q += 1
    if _ndigits(q) > context.prec:
        return context._invalid(DivisionImpossible)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _finish(_make(sign, r, exp), context)


def next_toward_inf(x, context, downward):
    """next_plus (downward=0) / next_minus (downward=1)."""
    nan = _check_nans(x, None, context)
    if nan is not None:
        return nan
    if x._is_special:
        if x._sign == downward:
            return Decimal(x)
        return _d._make(x._sign, 10 ** context.prec - 1, context.Etop())
    ctx = context.copy()
    ctx.rounding = ROUND_FLOOR if downward else ROUND_CEILING
    ctx.traps = {}
    tiny = _make(downward, 1, ctx.Etiny() - 1)
    result = _d._add(x, tiny, ctx, False)
    if result._is_special:
        return result
    return result
