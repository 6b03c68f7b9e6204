"""decimal — decimal fixed and floating point arithmetic (General Decimal
Arithmetic Specification), written for minipy.

A Decimal is (sign, integer coefficient, exponent) or a special value
(Infinity, NaN, sNaN).  Every operation computes an exact (or suitably
over-precise) result with Python ints and then rounds it once to the
context (_finish), collecting the conditions it met (Inexact, Rounded,
Overflow...).  Conditions set flags; trapped ones raise, with CPython's
message format "[<class 'decimal.X'>, ...]".  exp/ln/log10 and non-integer
powers are computed in fixed point with guard digits and re-done with more
digits until the rounding is certain.
"""

import math as _math
import numbers as _numbers
import sys as _sys

from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base exception class of the decimal signals."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed (the result is NaN)."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0 (the result is a signed Infinity)."""


class DivisionImpossible(InvalidOperation):
    """Cannot perform the division adequately (integer result too long)."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division (0/0)."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context (unknown rounding, for example)."""


class Rounded(DecimalException):
    """Number got rounded (not necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow (the result is Infinity or the largest number)."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0 or a subnormal."""


class FloatOperation(DecimalException, TypeError):
    """Enable stricter semantics for mixing floats and Decimals."""


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# The order CPython raises in (the first trapped signal is the exception type).
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# Each condition is one status bit (libmpdec's numbering: reprs list flags in
# bit order, InvalidOperation once for the whole invalid family).
_BIT = {Clamped: 1, ConversionSyntax: 2, DivisionByZero: 4, DivisionImpossible: 8, DivisionUndefined: 16,
        Inexact: 64, InvalidContext: 128, InvalidOperation: 256, FloatOperation: 1024, Overflow: 2048,
        Rounded: 4096, Subnormal: 8192, Underflow: 16384}
_IEEE_INVALID = 2 | 8 | 16 | 32 | 128 | 256 | 512
_BIT_NAMES = [(1, 'Clamped'), (2, 'InvalidOperation'), (4, 'DivisionByZero'), (8, 'InvalidOperation'),
              (16, 'InvalidOperation'), (32, 'InvalidOperation'), (64, 'Inexact'), (128, 'InvalidOperation'),
              (256, 'InvalidOperation'), (512, 'InvalidOperation'), (1024, 'FloatOperation'),
              (2048, 'Overflow'), (4096, 'Rounded'), (8192, 'Subnormal'), (16384, 'Underflow')]
# The order conditions are listed in an exception's message.
_LIST_ORDER = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext,
               FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _signal_of(cond):
    return _CONDITION_SIGNAL.get(cond, cond)


def _signal_mask(signal):
    return _IEEE_INVALID if signal is InvalidOperation else _BIT[signal]


class _SignalDict(object):
    """The flags and traps of a Context: a mapping signal class -> bool over
    the context's status bits."""

    def __init__(self, initial=()):
        self._bits = 0
        if isinstance(initial, _SignalDict):
            self._bits = initial._bits
            return
        if isinstance(initial, dict):
            chosen = [k for k, v in initial.items() if v]
        else:
            chosen = list(initial)
        for sig in chosen:
            if sig not in _SIGNALS:
                raise KeyError("invalid signal dict")
            self._bits |= _signal_mask(sig)

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(key)
        return bool(self._bits & _signal_mask(key))

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        if value:
            self._bits |= _signal_mask(key)
        else:
            self._bits &= ~_signal_mask(key)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNALS

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[k] for k in _SIGNALS]

    def items(self):
        return [(k, self[k]) for k in _SIGNALS]

    def get(self, key, default=None):
        return self[key] if key in _SIGNALS else default

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits == other._bits
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    __hash__ = None

    def copy(self):
        return _SignalDict(self)

    def _names(self):
        out = []
        invalid_done = False
        for bit, name in _BIT_NAMES:
            if self._bits & bit:
                if bit & _IEEE_INVALID:
                    if invalid_done:
                        continue
                    invalid_done = True
                out.append(name)
        return '[' + ', '.join(out) + ']'

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'


_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'
_SignalDict.__module__ = 'abc'  # where CPython's C implementation reports it


# ---------------------------------------------------------------- helpers

_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


def _ndigits(n):
    """Number of decimal digits of the non-negative int n (1 for 0)."""
    if n < 10:
        return 1
    d = int(n.bit_length() * 0.30102999566398120)
    p = 10 ** d
    if n >= p:
        d += 1
        while n >= p * 10:
            p *= 10
            d += 1
    return max(d, 1)


def _round_decision(q, r, half_unit, sign, rounding):
    """Whether to add one to the truncated coefficient q, given the removed
    part r (0 <= r < 2*half_unit)."""
    if r == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_UP:
        return r >= half_unit
    if rounding == ROUND_HALF_DOWN:
        return r > half_unit
    if rounding == ROUND_HALF_EVEN:
        return r > half_unit or (r == half_unit and q & 1)
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    # ROUND_05UP: away from zero only if the last kept digit is 0 or 5
    return q % 5 == 0


def _shrink(coef, drop, sign, rounding):
    """Remove `drop` digits from coef with the rounding mode; returns
    (new coefficient, inexact)."""
    if drop <= 0:
        return coef, False
    unit = 10 ** drop
    q, r = divmod(coef, unit)
    if _round_decision(q, r, unit // 2 if drop else 0, sign, rounding):
        q += 1
    return q, r != 0


class _Cond:
    """Conditions met by one operation, in the order they happened."""
    __slots__ = ('items',)

    def __init__(self):
        self.items = []

    def add(self, cond):
        if cond not in self.items:
            self.items.append(cond)


def _raise_conditions(context, conds):
    """Set the flag bits of the conditions; raise the first trapped signal
    with the list of trapped conditions as its message."""
    if not conds:
        return
    bits = 0
    for c in conds:
        bits |= _BIT[c]
    context.flags._bits |= bits
    trapped = bits & context.traps._bits
    if not trapped:
        return
    exc_cls = next(s for s in _SIGNALS if trapped & _signal_mask(s))
    listed = [c for c in _LIST_ORDER if c in conds and trapped & _BIT[c]]
    raise exc_cls(listed)


# ---------------------------------------------------------------- Decimal

class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __minipy_tp_name__ = 'decimal.Decimal'  # CPython's tp_name (error messages)

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._invalid(ConversionSyntax, cls)
            self._sign, self._int, self._exp, self._is_special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = value._sign, value._int, value._exp, value._is_special
            return self
        if isinstance(value, (list, tuple)):
            return _from_tuple(cls, value)
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return cls.from_float(value)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Converts a float (or int) to a Decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1  # d is a power of two
        result = _make(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # ------------------------------------------------------------ classification

    def is_nan(self):
        return self._is_special and self._exp in ('n', 'N')

    def is_qnan(self):
        return self._is_special and self._exp == 'n'

    def is_snan(self):
        return self._is_special and self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """Return the adjusted exponent (exponent of the most significant digit)."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def as_tuple(self):
        if self._is_special and self._exp != 'F':
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
        elif self._is_special:
            digits = (0,)
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n, e = self._int, self._exp
        if e >= 0:
            n *= 10 ** e
            d = 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # ------------------------------------------------------------ text

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # ------------------------------------------------------------ conversions

    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            if self.is_nan():
                return -float('nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        return int(self._integral(ROUND_CEILING))

    def _integral(self, rounding):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        if self._exp >= 0:
            return self
        coef, _ = _shrink(self._int, -self._exp, self._sign, rounding)
        return _make(self._sign, coef, 0)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_make(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._integral(ROUND_HALF_EVEN))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * exp_hash % _PyHASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, specifier, context=None):
        from _decimal_format import format_decimal
        return format_decimal(self, specifier, context or getcontext())

    # ------------------------------------------------------------ comparisons

    def _cmp_key(self, other, op_is_order):
        """(self, other) as exact comparable values, or None for NaN cases."""
        other = _convert_for_compare(self, other, op_is_order)
        return other

    def __eq__(self, other):
        other = _convert_for_compare(self, other, False)
        if other is NotImplemented:
            return other
        if self.is_nan() or (isinstance(other, Decimal) and other.is_nan()):
            if self.is_snan() or (isinstance(other, Decimal) and other.is_snan()):
                getcontext()._signal(InvalidOperation)
            return False
        if isinstance(other, float) and _math.isnan(other):
            return False
        return _compare_values(self, other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        other = _convert_for_compare(self, other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or (isinstance(other, Decimal) and other.is_nan()) or \
                (isinstance(other, float) and _math.isnan(other)):
            getcontext()._signal(InvalidOperation)
            return False
        c = _compare_values(self, other)
        return op(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        """Compare values numerically: Decimal('-1'), Decimal('0') or Decimal('1')
        (NaN when either is a NaN)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        nan = _check_nans(self, other, context)
        if nan is not None:
            return nan
        return Decimal(_compare_values(self, other))

    def compare_signal(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            return context._invalid(InvalidOperation)
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return Decimal(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return Decimal(_total_order(self.copy_abs(), other.copy_abs()))

    def max(self, other, context=None):
        return _minmax(self, other, context, True, False)

    def min(self, other, context=None):
        return _minmax(self, other, context, False, False)

    def max_mag(self, other, context=None):
        return _minmax(self, other, context, True, True)

    def min_mag(self, other, context=None):
        return _minmax(self, other, context, False, True)

    # ------------------------------------------------------------ sign operations

    def copy_abs(self):
        return _make_like(self, 0)

    def copy_negate(self):
        return _make_like(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return _make_like(self, other._sign)

    def __neg__(self, context=None):
        return _unary(self, context, 'minus')

    def __pos__(self, context=None):
        return _unary(self, context, 'plus')

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _unary(self, context, 'abs')

    # ------------------------------------------------------------ arithmetic

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(self, other, context or getcontext(), False)

    def __radd__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(other, self, context or getcontext(), False)

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(self, other, context or getcontext(), True)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(other, self, context or getcontext(), True)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _div(other, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 'q')

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), 'q')

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 'r')

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), 'r')

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        from _decimal_math import power
        if modulo is not None:
            modulo = _convert_other(modulo)
            if modulo is NotImplemented:
                return modulo
        return power(self, other, modulo, context or getcontext())

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def remainder_near(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        from _decimal_math import remainder_near
        return remainder_near(self, other, context or getcontext())

    def fma(self, other, third, context=None):
        """Fused multiply-add: self*other+third with a single rounding."""
        other = _convert_other(other, raiseit=True)
        third = _convert_other(third, raiseit=True)
        if context is None:
            context = getcontext()
        exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        product = _mul(self, other, exact)
        if product.is_nan() and not self.is_nan() and not other.is_nan():
            return context._invalid(InvalidOperation)
        return _add(product, third, context, False)

    # ------------------------------------------------------------ rounding and exponents

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of `exp`."""
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        nan = _check_nans(self, exp, context)
        if nan is not None:
            return nan
        if self._is_special or exp._is_special:
            if self._is_special and exp._is_special:
                return Decimal(self)
            return context._invalid(InvalidOperation)
        target = exp._exp
        if not (context.Etiny() <= target <= context.Emax):
            return context._invalid(InvalidOperation)
        conds = _Cond()
        coef = self._int
        if self._exp >= target:
            coef = coef * 10 ** (self._exp - target)
        else:
            coef, inexact = _shrink(coef, target - self._exp, self._sign, rounding)
            conds.add(Rounded)
            if inexact:
                conds.add(Inexact)
        if _ndigits(coef) > context.prec:
            return context._invalid(InvalidOperation)
        result = _make(self._sign, coef, target)
        if coef and result.adjusted() > context.Emax:
            return context._invalid(InvalidOperation)
        if coef and result.adjusted() < context.Emin:
            conds.add(Subnormal)
            if Inexact in conds.items:
                conds.add(Underflow)
        # Rounded is only signalled when digits were dropped.
        if Rounded in conds.items and self._exp >= target:
            conds.items.remove(Rounded)
        _raise_conditions(context, conds.items)
        return result

    def same_quantum(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer (exponent 0 or more), without Inexact/Rounded."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            nan = _check_nans(self, None, context)
            if nan is not None:
                return nan
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coef, _ = _shrink(self._int, -self._exp, self._sign, rounding)
        return _make(self._sign, coef, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Like to_integral_value, but signals Inexact and Rounded."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            nan = _check_nans(self, None, context)
            if nan is not None:
                return nan
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coef, inexact = _shrink(self._int, -self._exp, self._sign, rounding)
        conds = [Rounded] + ([Inexact] if inexact else [])
        if inexact:
            conds = [Inexact, Rounded]
        _raise_conditions(context, conds)
        return _make(self._sign, coef, 0)

    def normalize(self, context=None):
        """Round to the context and strip trailing zeros."""
        if context is None:
            context = getcontext()
        if self._is_special:
            nan = _check_nans(self, None, context)
            if nan is not None:
                return nan
            return Decimal(self)
        dup = _finish(self, context)
        if dup._is_special or not dup._int:
            return _make(dup._sign, 0, 0) if not dup._is_special else dup
        coef, exp = dup._int, dup._exp
        exp_max = context.Emax if not context.clamp else context.Etop()
        while coef % 10 == 0 and exp < exp_max:
            coef //= 10
            exp += 1
        return _make(dup._sign, coef, exp)

    def scaleb(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        nan = _check_nans(self, other, context)
        if nan is not None:
            return nan
        if other._exp != 0 or other._is_special:
            return context._invalid(InvalidOperation)
        if self._is_special:
            return Decimal(self)
        return _finish(_make(self._sign, self._int, self._exp + int(other)), context)

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        nan = _check_nans(self, None, context)
        if nan is not None:
            return nan
        if self._is_special:
            return Decimal('Infinity')
        if not self._int:
            _raise_conditions(context, [DivisionByZero])
            return Decimal('-Infinity')
        return _finish(Decimal(self.adjusted()), context)

    def next_plus(self, context=None):
        from _decimal_math import next_toward_inf
        return next_toward_inf(self, context or getcontext(), 0)

    def next_minus(self, context=None):
        from _decimal_math import next_toward_inf
        return next_toward_inf(self, context or getcontext(), 1)

    def next_toward(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        nan = _check_nans(self, other, context)
        if nan is not None:
            return nan
        c = _compare_values(self, other)
        if c == 0:
            return self.copy_sign(other)
        return self.next_plus(context) if c < 0 else self.next_minus(context)

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    # ------------------------------------------------------------ functions

    def sqrt(self, context=None):
        from _decimal_math import sqrt
        return sqrt(self, context or getcontext())

    def exp(self, context=None):
        from _decimal_math import exp
        return exp(self, context or getcontext())

    def ln(self, context=None):
        from _decimal_math import ln
        return ln(self, context or getcontext())

    def log10(self, context=None):
        from _decimal_math import log10
        return log10(self, context or getcontext())


def _make(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = False
    return d


def _special(sign, kind, payload=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = kind
    d._is_special = True
    return d


def _make_like(d, sign):
    if d._is_special:
        return _special(sign, d._exp, d._int)
    return _make(sign, d._int, d._exp)


# ---------------------------------------------------------------- contexts

_ROUNDING_MSG = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")


class Context(object):
    """Contains the context for a Decimal instance: precision, rounding,
    exponent range (Emin, Emax), capitals, clamp, flags and traps."""
    __minipy_tp_name__ = 'decimal.Context'  # CPython's tp_name (error messages)

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        base = _DEFAULT_VALUES
        object.__setattr__(self, 'prec', base['prec'])
        object.__setattr__(self, 'rounding', base['rounding'])
        object.__setattr__(self, 'Emin', base['Emin'])
        object.__setattr__(self, 'Emax', base['Emax'])
        object.__setattr__(self, 'capitals', base['capitals'])
        object.__setattr__(self, 'clamp', base['clamp'])
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is None:
            traps = [s for s in _SIGNALS if base['traps'].get(s)]
        object.__setattr__(self, 'traps', _SignalDict(traps))
        object.__setattr__(self, 'flags', _SignalDict(flags or ()))

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MSG)
        elif name == 'capitals':
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == 'clamp':
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name in ('flags', 'traps'):
            value = _SignalDict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("%s cannot be deleted" % name)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   self.flags._names(), self.traps._names()))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags[s]]
        traps = [s for s in _SIGNALS if self.traps[s]]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, flags, traps))

    def clear_flags(self):
        self.flags._bits = 0

    def clear_traps(self):
        self.traps._bits = 0

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def _shallow_copy(self):
        return self.copy()

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, cond):
        _raise_conditions(self, [cond])

    def _invalid(self, cond, cls=Decimal, payload_from=None):
        """Signal an InvalidOperation-class condition; result NaN."""
        _raise_conditions(self, [cond])
        if payload_from is not None:
            return _finish_nan(_special(payload_from._sign, 'n', payload_from._int), self)
        nan = _special(0, 'n')
        return nan if cls is Decimal else cls(nan)

    def create_decimal(self, num='0'):
        """Creates a new Decimal instance rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._invalid(ConversionSyntax)
        if isinstance(num, float):
            self.flags[FloatOperation] = True
            if self.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = Decimal.from_float(num)
        else:
            d = Decimal(num, context=self)
        if d.is_snan() or d.is_nan():
            return _finish_nan(d, self)
        return _finish(d, self)

    def create_decimal_from_float(self, f):
        return _finish(Decimal.from_float(f), self)

    def _apply(self, a):
        return _convert_other(a, raiseit=True)

    def abs(self, a):
        return self._apply(a).__abs__(context=self)

    def add(self, a, b):
        r = self._apply(a).__add__(self._apply(b), context=self)
        return r

    def compare(self, a, b):
        return self._apply(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return self._apply(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return self._apply(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._apply(a).compare_total_mag(b)

    def copy_abs(self, a):
        return self._apply(a).copy_abs()

    def copy_decimal(self, a):
        return Decimal(self._apply(a))

    def copy_negate(self, a):
        return self._apply(a).copy_negate()

    def copy_sign(self, a, b):
        return self._apply(a).copy_sign(b)

    def divide(self, a, b):
        return self._apply(a).__truediv__(self._apply(b), context=self)

    def divide_int(self, a, b):
        return self._apply(a).__floordiv__(self._apply(b), context=self)

    def divmod(self, a, b):
        return self._apply(a).__divmod__(self._apply(b), context=self)

    def exp(self, a):
        return self._apply(a).exp(context=self)

    def fma(self, a, b, c):
        return self._apply(a).fma(b, c, context=self)

    def is_canonical(self, a):
        return self._apply(a).is_canonical()

    def is_finite(self, a):
        return self._apply(a).is_finite()

    def is_infinite(self, a):
        return self._apply(a).is_infinite()

    def is_nan(self, a):
        return self._apply(a).is_nan()

    def is_normal(self, a):
        return self._apply(a).is_normal(context=self)

    def is_qnan(self, a):
        return self._apply(a).is_qnan()

    def is_signed(self, a):
        return self._apply(a).is_signed()

    def is_snan(self, a):
        return self._apply(a).is_snan()

    def is_subnormal(self, a):
        return self._apply(a).is_subnormal(context=self)

    def is_zero(self, a):
        return self._apply(a).is_zero()

    def ln(self, a):
        return self._apply(a).ln(context=self)

    def log10(self, a):
        return self._apply(a).log10(context=self)

    def logb(self, a):
        return self._apply(a).logb(context=self)

    def max(self, a, b):
        return self._apply(a).max(b, context=self)

    def max_mag(self, a, b):
        return self._apply(a).max_mag(b, context=self)

    def min(self, a, b):
        return self._apply(a).min(b, context=self)

    def min_mag(self, a, b):
        return self._apply(a).min_mag(b, context=self)

    def minus(self, a):
        return self._apply(a).__neg__(context=self)

    def multiply(self, a, b):
        return self._apply(a).__mul__(self._apply(b), context=self)

    def next_minus(self, a):
        return self._apply(a).next_minus(context=self)

    def next_plus(self, a):
        return self._apply(a).next_plus(context=self)

    def next_toward(self, a, b):
        return self._apply(a).next_toward(b, context=self)

    def normalize(self, a):
        return self._apply(a).normalize(context=self)

    def number_class(self, a):
        return self._apply(a).number_class(context=self)

    def plus(self, a):
        return self._apply(a).__pos__(context=self)

    def power(self, a, b, modulo=None):
        return self._apply(a).__pow__(self._apply(b), modulo, context=self)

    def quantize(self, a, b):
        return self._apply(a).quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def remainder(self, a, b):
        return self._apply(a).__mod__(self._apply(b), context=self)

    def remainder_near(self, a, b):
        return self._apply(a).remainder_near(b, context=self)

    def same_quantum(self, a, b):
        return self._apply(a).same_quantum(b)

    def scaleb(self, a, b):
        return self._apply(a).scaleb(b, context=self)

    def sqrt(self, a):
        return self._apply(a).sqrt(context=self)

    def subtract(self, a, b):
        return self._apply(a).__sub__(self._apply(b), context=self)

    def to_eng_string(self, a):
        return self._apply(a).to_eng_string(context=self)

    def to_sci_string(self, a):
        return self._apply(a).__str__(context=self)

    def to_integral_exact(self, a):
        return self._apply(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return self._apply(a).to_integral_value(context=self)

    to_integral = to_integral_value


_DEFAULT_VALUES = {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999, 'Emax': 999999,
                   'capitals': 1, 'clamp': 0,
                   'traps': {DivisionByZero: True, Overflow: True, InvalidOperation: True}}

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

try:
    import contextvars as _contextvars
    _current_context_var = _contextvars.ContextVar('decimal_context')
except Exception:  # pragma: no cover - contextvars missing
    _current_context_var = None
    _global_context = [None]


def getcontext():
    """Returns this thread's (task's) current context (a copy of
    DefaultContext on first use)."""
    if _current_context_var is not None:
        try:
            return _current_context_var.get()
        except LookupError:
            context = DefaultContext.copy()
            _current_context_var.set(context)
            return context
    if _global_context[0] is None:
        _global_context[0] = DefaultContext.copy()
    return _global_context[0]


def setcontext(context):
    """Set this thread's context to context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if _current_context_var is not None:
        _current_context_var.set(context)
    else:
        _global_context[0] = context


class _ContextManager(object):
    """Context manager class to support localcontext()."""

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of ctx (the current context by
    default) with the attributes given as keyword arguments changed."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


_numbers.Number.register(Decimal)


# The arithmetic kernels (imported last: they use the classes above).
from _decimal_arith import (  # noqa: E402
    _parse, _from_tuple, _convert_other, _convert_for_compare, _exact_ratio, _compare_values, _total_order, _check_nans, _finish_nan,
    _finish, _fit, _overflow_result, _unary, _add, _mul, _div, _divmod, _minmax)
