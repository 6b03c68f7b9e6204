# stdlib/string.py — string constants, capwords, Template ($-substitution) and
# Formatter (with its own parser of format strings).
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


import re as _re


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _ChainMap2:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __getitem__(self, k):
        try:
            return self.a[k]
        except KeyError:
            return self.b[k]


_NO_MAPPING = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        # As CPython: `pattern` is compiled from delimiter/idpattern/
        # braceidpattern/flags unless the class sets it.
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or cls.idpattern
            pattern = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident +
                       ')|{(?P<braced>' + bident + ')}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _ChainMap2(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _ChainMap2(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if named not in ids:
                    ids.append(named)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return ids


Template.__init_subclass__()


def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) like
    # CPython's _string.formatter_parser.
    n = len(s)
    i = 0
    while i < n:
        lit = []
        field = None
        while i < n:
            c = s[i]
            if c == '{' or c == '}':
                if i + 1 < n and s[i + 1] == c:
                    lit.append(c)
                    i += 2
                    break
                if c == '}':
                    raise ValueError("Single '}' encountered in format string")
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                field = _scan_field(s, i + 1)
                i = field[3]
                break
            lit.append(c)
            i += 1
        literal = ''.join(lit)
        if field is None:
            yield (literal, None, None, None)
            continue
        yield (literal, field[0], field[1], field[2])


def _scan_field(s, k):
    # Parses the replacement field starting after its '{' at s[k]; returns
    # (name, spec, conversion, index after the closing '}').
    n = len(s)
    start = k
    c = ''
    while k < n:
        c = s[k]
        k += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while k < n and s[k] != ']':
                k += 1
            continue
        if c in '}:!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    name = s[start:k - 1]
    conversion = None
    if c == '}':
        return name, '', None, k
    if c == '!':
        if k >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[k]
        k += 1
        if k < n:
            c = s[k]
            k += 1
            if c == '}':
                return name, '', conversion, k
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = k
    depth = 1
    while k < n:
        c = s[k]
        k += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:k - 1], conversion, k
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    # (first, [(is_attr, key), ...]) like _string.formatter_field_name_split.
    n = len(name)
    k = 0
    while k < n and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while k < n:
        c = name[k]
        if c == '.':
            j = k + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        elif c == '[':
            j = name.find(']', k + 1)
            if j < 0:
                raise ValueError("Missing ']' in format field")
            key = name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            k = j + 1
            if k < n and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
