# stdlib/locale.py — a minimal `locale` module: minipy always runs in the C
# locale with UTF-8 text, so this keeps per-category locale *names* (what
# setlocale() reports, starting like CPython: LC_CTYPE from the environment,
# the rest 'C') and answers every query with the C locale's conventions
# (localeconv, format_string, atof, strcoll...). Only 'C', 'POSIX' and the
# C.UTF-8 names can be set; anything else is locale.Error, as on a system
# without that locale installed.
import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

# glibc's category numbers.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# Categories in the order glibc lists them in a composite LC_ALL name.
_CATEGORY_NAMES = [
    (LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'), (LC_TIME, 'LC_TIME'),
    (LC_COLLATE, 'LC_COLLATE'), (LC_MONETARY, 'LC_MONETARY'), (LC_MESSAGES, 'LC_MESSAGES'),
]
_EXTRA_CATEGORIES = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                     'LC_IDENTIFICATION')


class Error(Exception):
    pass


def _env_locale(category_name):
    """The locale name the environment asks for (what setlocale(cat, '') uses)."""
    for var in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _canonical(name):
    """The name glibc would report for a locale we can set, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.lower() in ('c.utf-8', 'c.utf8'):
        return 'C.UTF-8'
    return None


# Current locale name per category. Like CPython at start-up, LC_CTYPE follows
# the environment (when it names a locale we have); the others stay 'C'.
_current = {cat: 'C' for cat, _ in _CATEGORY_NAMES}
_current[LC_CTYPE] = _canonical(_env_locale('LC_CTYPE')) or 'C'


def _query_all():
    names = [_current[cat] for cat, _ in _CATEGORY_NAMES]
    if all(n == names[0] for n in names):
        return names[0]
    parts = ['%s=%s' % (label, _current[cat]) for cat, label in _CATEGORY_NAMES]
    # The categories minipy does not model are always 'C'.
    parts += ['%s=C' % label for label in _EXTRA_CATEGORIES]
    return ';'.join(parts)


def setlocale(category, locale=None):
    """Set the locale for the given category (or query it when locale is None)."""
    if locale and not isinstance(locale, _builtin_str):
        # convert to string
        locale = normalize(_build_localename(locale))
    if category not in _current and category != LC_ALL:
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            return _query_all()
        return _current[category]
    if category == LC_ALL:
        targets = [cat for cat, _ in _CATEGORY_NAMES]
    else:
        targets = [category]
    new = {}
    for cat in targets:
        label = dict(_CATEGORY_NAMES)[cat]
        name = _env_locale(label) if locale == '' else locale
        canon = _canonical(name)
        if canon is None:
            raise Error('unsupported locale setting')
        new[cat] = canon
    _current.update(new)
    if category == LC_ALL:
        return _query_all()
    return _current[category]


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    setlocale(category, '')


def localeconv():
    """Returns the C locale's numeric and monetary conventions."""
    return {
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
        'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
        'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
    }


def strcoll(a, b):
    """Compares two strings according to the locale (code point order in C)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    """Returns a string that behaves for cmp locale-aware (unchanged in C)."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    # The C locale has no grouping and '.' as the decimal point.
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account (the C locale: no grouping)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2
    )
    if not percent.startswith('%') or len(percent) < 2:
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings of the current locale."""
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return string


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# A few entries of CPython's locale alias table: enough for the common names.
locale_alias = {
    'c': 'C',
    'c.ascii': 'C',
    'c.en': 'C',
    'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1',
    'en_us': 'en_US.ISO8859-1',
    'en_us.utf8': 'en_US.UTF-8',
    'english': 'en_EN.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1',
    'posix': 'C',
    'utf8': 'en_US.UTF-8',
}

_encoding_aliases = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1',
                     'ascii': 'ISO8859-1', 'iso885915': 'ISO8859-15'}


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''
    lang_enc = langname
    if encoding:
        norm_encoding = encoding.replace('-', '').replace('_', '')
        lang_enc += '.' + norm_encoding
    lookup_name = lang_enc
    if modifier:
        lookup_name += '@' + modifier
    code = locale_alias.get(lookup_name, None)
    if code is not None:
        return code
    if encoding:
        code = locale_alias.get(langname, None)
        if code is not None:
            if '@' in code:
                code = code.split('@')[0]
            base = code.split('.')[0]
            enc = _encoding_aliases.get(encoding.replace('-', '').replace('_', ''), encoding.upper())
            return base + '.' + enc + ('@' + modifier if modifier else '')
    return localename


def _parse_localename(localename):
    """Parses the locale code for localename and returns the result as tuple (language code, encoding)."""
    code = normalize(localename)
    if '@' in code:
        # Deal with locale modifiers
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """Builds a locale code from the given tuple (language code, encoding)."""
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        else:
            return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings and returns them as tuple (language code, encoding)."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2
    )
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as tuple (language code, encoding)."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getencoding():
    """The locale encoding: UTF-8, or ASCII's name in the plain C locale (like CPython)."""
    return 'UTF-8' if _current[LC_CTYPE] != 'C' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using: always UTF-8 for minipy
    (spelled 'utf-8' in the C locale, where CPython switches to its UTF-8 mode)."""
    return 'UTF-8' if _current[LC_CTYPE] != 'C' else 'utf-8'
