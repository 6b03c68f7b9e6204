"""The arithmetic kernels of decimal.py: parsing, comparisons, rounding to
a context (_fit) and the basic operations (+ - * / // % min/max).  Each
kernel works on Python ints (the coefficients) and rounds once at the end.
Imported by decimal.py, which re-exports these names for its methods.
"""

import math as _math
import numbers as _numbers

from decimal import (Decimal, Context, getcontext, _make, _special, _make_like, _ndigits, _shrink, _Cond,
                     _raise_conditions, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
                     DivisionImpossible, DivisionUndefined, Inexact, Rounded, Subnormal, Overflow, Underflow,
                     FloatOperation, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_CEILING,
                     ROUND_FLOOR)


def _parse(text):
    """(sign, coefficient, exponent, is_special) of a numeric string, or None."""
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', True
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload) if payload else 0, kind, True
    mantissa, e, exponent = low.partition('e')
    if e:
        if not exponent:
            return None
        esign = 1
        if exponent[0] in '+-':
            esign = -1 if exponent[0] == '-' else 1
            exponent = exponent[1:]
        if not exponent.isdigit():
            return None
        exp = esign * int(exponent)
    else:
        exp = 0
    intpart, dot, frac = mantissa.partition('.')
    if not intpart and not frac:
        return None
    digits = intpart + frac
    if not digits.isdigit():
        return None
    if not all('0' <= c <= '9' for c in digits):
        # other Unicode decimal digits are accepted by CPython; normalise them
        digits = ''.join(str(int(c)) for c in digits)
    return sign, int(digits), exp - len(frac), False


def _from_tuple(cls, value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == 'F':
        return cls(_special(sign, 'F'))
    if not isinstance(digits, (list, tuple)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if exp in ('n', 'N'):
        return cls(_special(sign, exp, coef))
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return cls(_make(sign, coef, exp))


def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _convert_for_compare(self, other, op_is_order):
    if isinstance(other, (Decimal, int)):
        return other if isinstance(other, Decimal) else Decimal(other)
    if isinstance(other, float):
        ctx = getcontext()
        if op_is_order:
            ctx._signal(FloatOperation)
        else:
            ctx.flags[FloatOperation] = True
        return other
    if isinstance(other, _numbers.Rational):
        return other
    if isinstance(other, complex) and other.imag == 0:
        return other.real
    return NotImplemented


def _exact_ratio(x):
    if isinstance(x, Decimal):
        return x.as_integer_ratio()
    if isinstance(x, float):
        return x.as_integer_ratio()
    return x.numerator, x.denominator


def _compare_values(a, b):
    """-1/0/1 comparing a Decimal with a Decimal, float or Rational (no NaNs)."""
    a_inf = a._exp == 'F'
    if isinstance(b, float) and _math.isinf(b):
        b_inf, b_sign = True, 1 if b < 0 else 0
    elif isinstance(b, Decimal):
        b_inf, b_sign = b._exp == 'F', b._sign
    else:
        b_inf, b_sign = False, 0
    if a_inf or b_inf:
        av = (-1 if a._sign else 1) if a_inf else 0
        bv = (-1 if b_sign else 1) if b_inf else 0
        if a_inf and b_inf:
            return (av > bv) - (av < bv)
        if a_inf:
            return av
        return -bv
    if isinstance(b, Decimal):
        if not a._int and not b._int:
            return 0
        if a._sign != b._sign:
            if not a._int:
                return 1 if b._sign else -1
            if not b._int:
                return -1 if a._sign else 1
            return -1 if a._sign else 1
        # same sign: compare magnitudes
        if not a._int:
            return 1 if b._sign else -1
        if not b._int:
            return -1 if a._sign else 1
        ae, be = a.adjusted(), b.adjusted()
        if ae != be:
            mag = 1 if ae > be else -1
        else:
            e = min(a._exp, b._exp)
            x = a._int * 10 ** (a._exp - e)
            y = b._int * 10 ** (b._exp - e)
            mag = (x > y) - (x < y)
        return -mag if a._sign else mag
    an, ad = a.as_integer_ratio()
    bn, bd = _exact_ratio(b)
    lhs, rhs = an * bd, bn * ad
    return (lhs > rhs) - (lhs < rhs)


def _total_order(a, b):
    def key(d):
        sign = -1 if d._sign else 1
        if d.is_snan():
            rank = 4
        elif d.is_qnan():
            rank = 5
        elif d._exp == 'F':
            rank = 3
        else:
            rank = 2
        return sign, rank
    sa, ra = key(a)
    sb, rb = key(b)
    if sa != sb:
        return -1 if sa < sb else 1
    if ra != rb or ra in (4, 5):
        if ra == rb:
            c = (a._int > b._int) - (a._int < b._int)
        else:
            c = 1 if ra > rb else -1
        return c * sa
    if ra == 3:
        return 0
    c = _compare_values(a, b)
    if c:
        return c
    c = (a._exp > b._exp) - (a._exp < b._exp)
    return c * sa


def _check_nans(a, b, context):
    """The NaN result of an operation with a NaN operand, or None."""
    if a.is_snan() or (b is not None and b.is_snan()):
        src = a if a.is_snan() else b
        return context._invalid(InvalidOperation, payload_from=src)
    if a.is_qnan():
        return _finish_nan(a, context)
    if b is not None and b.is_qnan():
        return _finish_nan(b, context)
    return None


def _finish_nan(nan, context):
    """A quiet NaN result with its payload limited to the precision."""
    payload = nan._int
    if payload and _ndigits(payload) > context.prec - context.clamp:
        payload = 0
    return _special(nan._sign, 'n', payload)


def _finish(d, context, conds=None):
    """Round d to the context, signalling what happened."""
    c = _Cond() if conds is None else conds
    result = _fit(d, context, c)
    _raise_conditions(context, c.items)
    return result


def _fit(d, context, conds):
    """d rounded to context precision and exponent range; conditions are
    added to conds (nothing is raised here)."""
    if d._is_special:
        if d.is_nan():
            return _finish_nan(d, context)
        return d
    prec = context.prec
    Etiny = context.Emin - prec + 1
    Etop = context.Emax - prec + 1
    coef, exp, sign = d._int, d._exp, d._sign
    if coef == 0:
        exp_max = Etop if context.clamp else context.Emax
        new_exp = min(max(exp, Etiny), exp_max)
        if new_exp != exp:
            conds.add(Clamped)
        return _make(sign, 0, new_exp)
    ndig = _ndigits(coef)
    exp_min = ndig + exp - prec
    if exp_min > Etop:
        # overflow: the result is too large for the exponent range
        conds.add(Overflow)
        conds.add(Inexact)
        conds.add(Rounded)
        return _overflow_result(sign, context)
    subnormal = exp_min < Etiny
    if subnormal:
        exp_min = Etiny
    if exp < exp_min:
        drop = exp_min - exp
        if drop > ndig + 1:
            # everything is dropped: keep a sticky digit
            coef = 1
            drop = 1
            exp = exp_min - 1
        new_coef, inexact = _shrink(coef, drop, sign, context.rounding)
        new_exp = exp_min
        if _ndigits(new_coef) > prec:
            new_coef //= 10
            new_exp += 1
        if new_exp > Etop and new_coef:
            conds.add(Overflow)
            conds.add(Inexact)
            conds.add(Rounded)
            return _overflow_result(sign, context)
        if subnormal:
            conds.add(Subnormal)
        if inexact:
            if subnormal:
                conds.add(Underflow)
            conds.add(Inexact)
        conds.add(Rounded)
        if subnormal and not new_coef:
            conds.add(Clamped)
        return _make(sign, new_coef, new_exp)
    if subnormal:
        conds.add(Subnormal)
    if context.clamp and exp > Etop:
        conds.add(Clamped)
        return _make(sign, coef * 10 ** (exp - Etop), Etop)
    return d


def _overflow_result(sign, context):
    r = context.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _special(sign, 'F')
    # the largest representable number
    return _make(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)


def _unary(d, context, kind):
    if context is None:
        context = getcontext()
    nan = _check_nans(d, None, context)
    if nan is not None:
        return nan
    if kind == 'minus':
        sign = 1 - d._sign
    elif kind == 'abs':
        sign = 0
    else:
        sign = d._sign
    if d._is_special:
        return _special(sign, 'F')
    if not d._int and kind != 'plus' or (not d._int and kind == 'plus'):
        # a zero result is +0 unless rounding toward -Infinity
        sign = 1 if context.rounding == ROUND_FLOOR and (d._sign if kind != 'abs' else 0) and kind != 'minus' \
            else 0
        if kind == 'minus' and context.rounding == ROUND_FLOOR:
            sign = 1 - d._sign if d._sign == 0 else 0
            sign = 0 if d._sign else 0
    return _finish(_make(sign, d._int, d._exp), context)


def _add(a, b, context, subtract):
    nan = _check_nans(a, b, context)
    if nan is not None:
        return nan
    bsign = b._sign ^ 1 if subtract else b._sign
    if a._is_special or b._is_special:
        if a._exp == 'F' and b._exp == 'F':
            if a._sign != bsign:
                return context._invalid(InvalidOperation)
            return _special(a._sign, 'F')
        if a._exp == 'F':
            return _special(a._sign, 'F')
        return _special(bsign, 'F')
    exp = min(a._exp, b._exp)
    if not a._int or not b._int:
        if not a._int and not b._int:
            sign = a._sign & bsign if context.rounding != ROUND_FLOOR else a._sign | bsign
            return _finish(_make(sign, 0, exp), context)
        nz, nzsign = (b, bsign) if not a._int else (a, a._sign)
        # 0 + x: x with the smaller exponent (padded) when possible
        zero = a if not a._int else b
        if zero._exp < nz._exp:
            shift = nz._exp - max(zero._exp, nz._exp - context.prec - 1 + _ndigits(nz._int) - 1
                                  if False else zero._exp)
            extra = min(nz._exp - zero._exp, max(0, context.prec - _ndigits(nz._int)))
            return _finish(_make(nzsign, nz._int * 10 ** extra, nz._exp - extra), context)
        return _finish(_make(nzsign, nz._int, nz._exp), context)
    x_coef, x_exp, y_coef, y_exp = a._int, a._exp, b._int, b._exp
    # Avoid building huge coefficients: an operand entirely below the
    # precision of the other only matters as a sticky digit.
    if x_exp < y_exp:
        hi_c, hi_e, lo_c, lo_e, lo_first = y_coef, y_exp, x_coef, x_exp, True
    else:
        hi_c, hi_e, lo_c, lo_e, lo_first = x_coef, x_exp, y_coef, y_exp, False
    limit = hi_e + min(-1, _ndigits(hi_c) - context.prec - 2)
    if _ndigits(lo_c) + lo_e - 1 < limit:
        lo_c, lo_e = 1, limit
    hi_c *= 10 ** (hi_e - lo_e)
    exp = lo_e
    if lo_first:
        x, y = lo_c, hi_c
    else:
        x, y = hi_c, lo_c
    vx = -x if a._sign else x
    vy = -y if bsign else y
    total = vx + vy
    if total == 0:
        sign = 1 if context.rounding == ROUND_FLOOR else 0
        return _finish(_make(sign, 0, exp), context)
    return _finish(_make(1 if total < 0 else 0, abs(total), exp), context)


def _mul(a, b, context):
    nan = _check_nans(a, b, context)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        if (a._exp == 'F' and not b._is_special and not b._int) or \
                (b._exp == 'F' and not a._is_special and not a._int):
            return context._invalid(InvalidOperation)
        return _special(sign, 'F')
    return _finish(_make(sign, a._int * b._int, a._exp + b._exp), context)


def _div(a, b, context):
    nan = _check_nans(a, b, context)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        if a._exp == 'F' and b._exp == 'F':
            return context._invalid(InvalidOperation)
        if a._exp == 'F':
            return _special(sign, 'F')
        # finite / infinity
        conds = _Cond()
        conds.add(Clamped)
        result = _make(sign, 0, context.Etiny())
        _raise_conditions(context, conds.items)
        return result
    if not b._int:
        if not a._int:
            return context._invalid(DivisionUndefined)
        _raise_conditions(context, [DivisionByZero])
        return _special(sign, 'F')
    ideal = a._exp - b._exp
    if not a._int:
        return _finish(_make(sign, 0, ideal), context)
    prec = context.prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if r:
        # a sticky 1 below the digits kept makes the rounding see "inexact"
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(_make(sign, q, exp), context)


def _divmod(a, b, context, want='qr'):
    """Decimal integer division: a // b ('q'), a % b ('r') or both ('qr');
    the quotient is truncated toward zero and the remainder has a's sign."""
    def pick(q, r):
        return q if want == 'q' else r if want == 'r' else (q, r)

    nan = _check_nans(a, b, context)
    if nan is not None:
        return pick(nan, nan)
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        if a._exp == 'F' and b._exp == 'F':
            r = context._invalid(InvalidOperation)
            return pick(r, r)
        if a._exp == 'F':
            if want == 'q':
                return _special(sign, 'F')
            r = context._invalid(InvalidOperation)
            return pick(_special(sign, 'F'), r)
        return pick(_make(sign, 0, 0), _finish(Decimal(a), context))
    if not b._int:
        if not a._int:
            r = context._invalid(DivisionUndefined)
            return pick(r, r)
        if want == 'r':
            return context._invalid(InvalidOperation)
        if want == 'q':
            _raise_conditions(context, [DivisionByZero])
            return _special(sign, 'F')
        _raise_conditions(context, [InvalidOperation, DivisionByZero])
        return _special(sign, 'F'), _special(0, 'n')
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > context.prec:
        r = context._invalid(DivisionImpossible)
        return pick(r, r)
    quotient = _finish(_make(sign, q, 0), context) if want != 'r' else None
    if want == 'q':
        return quotient
    remainder = _finish(_make(a._sign, r, exp), context)
    return pick(quotient, remainder)


def _minmax(a, b, context, want_max, by_mag):
    b = _convert_other(b, raiseit=True)
    if context is None:
        context = getcontext()
    if a.is_snan() or b.is_snan():
        return _check_nans(a, b, context)
    if a.is_nan() or b.is_nan():
        if a.is_nan() and b.is_nan():
            return _finish_nan(a, context)
        return _finish(b if a.is_nan() else a, context)
    x, y = (a.copy_abs(), b.copy_abs()) if by_mag else (a, b)
    c = _compare_values(x, y)
    if c == 0 and by_mag:
        c = _compare_values(a, b)
    if c == 0:
        c = _total_order(a, b)
    if want_max:
        pick = a if c >= 0 else b
    else:
        pick = a if c <= 0 else b
    return _finish(pick, context)
