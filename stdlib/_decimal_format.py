"""format() for decimal.Decimal: the format mini-language as CPython's C
decimal implements it (types e E f F g G n % or none; fill, alignment,
sign, 'z', zero padding, width, ',' grouping and precision; no '#' or '_')."""

import re

from decimal import _make, _shrink, _ndigits, Decimal

_SPEC = re.compile(r"""\A
(?:(?P<fill>.)?(?P<align>[<>=^]))?
(?P<sign>[-+ ])?
(?P<no_neg_0>z)?
(?P<zeropad>0)?
(?P<width>(?!0)\d+)?
(?P<thousands>,)?
(?:\.(?P<precision>0|(?!0)\d+))?
(?P<type>[eEfFgGn%])?
\Z""", re.VERBOSE | re.DOTALL)


def _parse(spec):
    m = _SPEC.match(spec)
    if m is None:
        raise ValueError("invalid format string")
    d = m.groupdict()
    fill, align = d['fill'], d['align']
    zeropad = d['zeropad'] is not None
    if zeropad and fill is None and align is None:
        fill, align = '0', '='
    return {
        'fill': fill if fill is not None else ' ',
        'align': align or '>',
        'sign': d['sign'] or '-',
        'no_neg_0': d['no_neg_0'] is not None,
        'zeropad': zeropad and d['fill'] is None,
        'width': int(d['width']) if d['width'] else 0,
        'thousands': d['thousands'] is not None,
        'precision': int(d['precision']) if d['precision'] is not None else None,
        'type': d['type'],
    }


def _sign_text(negative, spec):
    if negative:
        return '-'
    return {'+': '+', ' ': ' '}.get(spec['sign'], '')


def _align(sign, body, spec):
    padding = spec['fill'] * max(0, spec['width'] - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _group(digits, grouped, min_width):
    """Insert ',' every three digits (when grouped) and zero-pad the integer
    part to at least min_width characters."""
    if not grouped:
        return '0' * max(0, min_width - len(digits)) + digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits[-size:] if digits else '')) + digits[-size:] if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= 1
    return ','.join(reversed(groups))


def _rescale(d, exp, rounding):
    """d with exponent exp (rounded when digits are dropped)."""
    if d._exp >= exp:
        return _make(d._sign, d._int * 10 ** (d._exp - exp), exp)
    coef, _ = _shrink(d._int, exp - d._exp, d._sign, rounding)
    return _make(d._sign, coef, exp)


def _round_digits(d, places, rounding):
    """d with exactly `places` significant digits (rounded or zero-padded)."""
    nd = _ndigits(d._int)
    return _rescale(d, d._exp + nd - places, rounding)


def format_decimal(d, specifier, context):
    spec = _parse(specifier)
    kind = spec['type']
    if d._is_special:
        sign = _sign_text(d._sign, spec)
        body = str(d.copy_abs())
        if kind == '%':
            body += '%'
        spec['zeropad'] = False
        if spec['fill'] == '0' and spec['align'] == '=':
            spec['fill'], spec['align'] = ' ', '>'
        return _align(sign, body, spec)
    if kind is None:
        kind = 'G' if context.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if kind == '%':
        d = _make(d._sign, d._int, d._exp + 2)
    rounding = context.rounding
    precision = spec['precision']
    if precision is not None:
        if kind in 'eE':
            d = _round_digits(d, precision + 1, rounding) if d._int else d
        elif kind in 'fF%':
            d = _rescale(d, -precision, rounding)
        elif kind in 'gG':
            p = precision or 1
            if _ndigits(d._int) > p:
                d = _round_digits(d, p, rounding)
    if not d._int and d._exp > 0 and kind in 'fF%':
        d = _rescale(d, 0, rounding)
    negative = d._sign and not (spec['no_neg_0'] and not d._int)
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if (not d._int and precision is not None) else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    sign = _sign_text(negative, spec)
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or kind in 'eE':
        echar = 'E' if kind in 'EG' else 'e'
        fracpart += '%s%+d' % (echar, exp)
    if kind == '%':
        fracpart += '%'
    min_width = spec['width'] - len(fracpart) - len(sign) if spec['zeropad'] else 0
    intpart = _group(intpart, spec['thousands'], min_width)
    return _align(sign, intpart + fracpart, spec)
