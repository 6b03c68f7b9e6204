# stdlib/tomllib.py — TOML 1.0 reader (Python 3.11's tomllib): loads(str) and
# load(binary file) build dicts, lists, str, int, float, bool and datetime
# values; errors are TOMLDecodeError with CPython's "(at line L, column C)".
# A single-pass recursive-descent parser over the text; no writer (as CPython).
import datetime as _dt
import re as _re

__all__ = ('loads', 'load', 'TOMLDecodeError')


class TOMLDecodeError(ValueError):
    pass


_BARE_KEY = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
_WS = ' \t'
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r', '\\"': '"', '\\\\': '\\'}
_DATETIME_RE = _re.compile(r'''
    ([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])
    (?:
        [Tt ]
        ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])
        (?:\.([0-9]{1,6})[0-9]*)?
        (?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?
    )?''', _re.VERBOSE)
_TIME_RE = _re.compile(r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?')
_NUMBER_RE = _re.compile(r'''
    0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)
    |[+-]?(?:0|[1-9](?:_?[0-9])*)
     (?:\.[0-9](?:_?[0-9])*)?
     (?:[eE][+-]?[0-9](?:_?[0-9])*)?''', _re.VERBOSE)


def load(fp, /, *, parse_float=float):
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    src = s.replace('\r\n', '\n')  # bytes fail here with CPython's TypeError
    return _Parser(src, parse_float).parse()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.explicit = set()      # ids of tables created by a [header]
        self.frozen = set()        # ids of inline tables and arrays (immutable)
        self.defined_by_dotted = set()

    # ------------------------------------------------------------ errors
    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        line = self.src.count('\n', 0, pos) + 1
        if line == 1:
            col = pos + 1
        else:
            col = pos - self.src.rindex('\n', 0, pos)
        if pos >= len(self.src):
            where = 'end of document'
        else:
            where = f'line {line}, column {col}'
        return TOMLDecodeError(f'{msg} (at {where})')

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ''

    def skip_ws(self):
        while self.pos < len(self.src) and self.src[self.pos] in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() == '#':
            while self.pos < len(self.src) and self.src[self.pos] != '\n':
                c = self.src[self.pos]
                if (c < ' ' and c != '\t') or c == '\x7f':
                    raise self.error('Illegal character ' + repr(c))
                self.pos += 1

    def skip_ws_comments_newlines(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == '\n':
                self.pos += 1
            else:
                return

    def expect_line_end(self):
        self.skip_ws()
        self.skip_comment()
        c = self.peek()
        if c == '\n':
            self.pos += 1
        elif c:
            raise self.error('Expected newline or end of document after a statement')

    # ------------------------------------------------------------ document
    def parse(self):
        current = self.root
        while True:
            self.skip_ws_comments_newlines()
            c = self.peek()
            if not c:
                return self.root
            if c == '[':
                if self.src.startswith('[[', self.pos):
                    self.pos += 2
                    self.skip_ws()
                    key = self.parse_key()
                    self.skip_ws()
                    if not self.src.startswith(']]', self.pos):
                        raise self.error("Expected ']]' at the end of an array declaration")
                    self.pos += 2
                    current = self.open_array_table(key)
                else:
                    self.pos += 1
                    self.skip_ws()
                    key = self.parse_key()
                    self.skip_ws()
                    if self.peek() != ']':
                        raise self.error("Expected ']' at the end of a table declaration")
                    current = self.open_table(key)
                    self.pos += 1
                self.expect_line_end()
            else:
                if c not in _BARE_KEY and c not in '"\'':
                    raise self.error('Invalid statement')
                self.parse_key_value(current)
                self.expect_line_end()

    def open_table(self, key):
        start = self.pos
        table = self.root
        for i, part in enumerate(key):
            last = i == len(key) - 1
            if part not in table:
                new = {}
                table[part] = new
                table = new
                continue
            value = table[part]
            if isinstance(value, list) and not last and id(value) not in self.frozen:
                table = value[-1]
                continue
            if not isinstance(value, dict) or id(value) in self.frozen:
                raise self.error('Cannot overwrite a value', start)
            if last and (id(value) in self.explicit or id(value) in self.defined_by_dotted):
                raise self.error('Cannot declare ' + repr(tuple(key)) + ' twice', start)
            table = value
        self.explicit.add(id(table))
        return table

    def open_array_table(self, key):
        table = self.root
        for part in key[:-1]:
            value = table.setdefault(part, {})
            if isinstance(value, list):
                if id(value) in self.frozen:
                    raise self.error('Cannot mutate immutable namespace ' + repr(tuple(key)))
                value = value[-1]
            elif not isinstance(value, dict) or id(value) in self.frozen:
                raise self.error('Cannot mutate immutable namespace ' + repr(tuple(key)))
            table = value
        arr = table.setdefault(key[-1], [])
        if not isinstance(arr, list) or id(arr) in self.frozen:
            raise self.error('Cannot mutate immutable namespace ' + repr(tuple(key)))
        new = {}
        arr.append(new)
        return new

    # ------------------------------------------------------------ keys
    def parse_key(self):
        parts = [self.parse_key_part()]
        while True:
            save = self.pos
            self.skip_ws()
            if self.peek() != '.':
                self.pos = save
                return parts
            self.pos += 1
            self.skip_ws()
            parts.append(self.parse_key_part())

    def parse_key_part(self):
        c = self.peek()
        if c == '"':
            return self.parse_basic_string()
        if c == "'":
            return self.parse_literal_string()
        start = self.pos
        while self.pos < len(self.src) and self.src[self.pos] in _BARE_KEY:
            self.pos += 1
        if self.pos == start:
            raise self.error('Invalid initial character for a key part')
        return self.src[start:self.pos]

    def parse_key_value(self, table):
        start = self.pos
        key = self.parse_key()
        self.skip_ws()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.parse_value()
        for part in key[:-1]:
            if part in table:
                sub = table[part]
                if not isinstance(sub, dict) or id(sub) in self.frozen or id(sub) in self.explicit:
                    raise self.error('Cannot overwrite a value', start)
            else:
                sub = table[part] = {}
                self.defined_by_dotted.add(id(sub))
            table = sub
        if key[-1] in table:
            raise self.error('Cannot overwrite a value', self.pos)
        table[key[-1]] = value

    # ------------------------------------------------------------ values
    def parse_value(self):
        c = self.peek()
        src = self.src
        if c == '"':
            if src.startswith('"""', self.pos):
                return self.parse_multiline_basic()
            return self.parse_basic_string()
        if c == "'":
            if src.startswith("'''", self.pos):
                return self.parse_multiline_literal()
            return self.parse_literal_string()
        if c == 't' and src.startswith('true', self.pos):
            self.pos += 4
            return True
        if c == 'f' and src.startswith('false', self.pos):
            self.pos += 5
            return False
        if c == '[':
            return self.parse_array()
        if c == '{':
            return self.parse_inline_table()
        m = _DATETIME_RE.match(src, self.pos)
        if m:
            return self.make_datetime(m)
        m = _TIME_RE.match(src, self.pos)
        if m:
            self.pos = m.end()
            h, mi, sec, frac = m.groups()
            return _dt.time(int(h), int(mi), int(sec), int((frac or '0').ljust(6, '0')))
        for word, val in (('inf', 'inf'), ('+inf', 'inf'), ('-inf', '-inf'),
                          ('nan', 'nan'), ('+nan', 'nan'), ('-nan', '-nan')):
            if src.startswith(word, self.pos):
                self.pos += len(word)
                return self.parse_float(val)
        m = _NUMBER_RE.match(src, self.pos)
        if m:
            text = m.group()
            self.pos = m.end()
            if text[:2] in ('0x', '0o', '0b'):
                return int(text[2:].replace('_', ''), {'x': 16, 'o': 8, 'b': 2}[text[1]])
            if '.' in text or 'e' in text or 'E' in text:
                value = self.parse_float(text.replace('_', ''))
                if isinstance(value, (dict, list)):
                    raise ValueError('parse_float must not return dicts or lists')
                return value
            return int(text.replace('_', ''))
        raise self.error('Invalid value')

    def make_datetime(self, m):
        y, mo, d, h, mi, s, frac, z, sign, oh, om = m.groups()
        self.pos = m.end()
        try:
            if h is None:
                return _dt.date(int(y), int(mo), int(d))
            tz = None
            if z:
                tz = _dt.timezone.utc
            elif sign:
                delta = _dt.timedelta(hours=int(oh), minutes=int(om))
                tz = _dt.timezone(-delta if sign == '-' else delta)
            return _dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                                int((frac or '0').ljust(6, '0')), tzinfo=tz)
        except ValueError:
            raise self.error('Invalid date or datetime', m.start()) from None

    def parse_array(self):
        self.pos += 1
        out = []
        while True:
            self.skip_ws_comments_newlines()
            if self.peek() == ']':
                self.pos += 1
                break
            out.append(self.parse_value())
            self.skip_ws_comments_newlines()
            c = self.peek()
            if c == ',':
                self.pos += 1
                continue
            if c == ']':
                self.pos += 1
                break
            raise self.error('Unclosed array')
        self.frozen.add(id(out))
        return out

    def parse_inline_table(self):
        self.pos += 1
        table = {}
        self.skip_ws()
        if self.peek() == '}':
            self.pos += 1
            self.frozen.add(id(table))
            return table
        while True:
            self.skip_ws()
            self.parse_key_value(table)
            self.skip_ws()
            c = self.peek()
            if c == '}':
                self.pos += 1
                break
            if c != ',':
                raise self.error("Unclosed inline table")
            self.pos += 1
        self._freeze(table)
        return table

    def _freeze(self, value):
        self.frozen.add(id(value))
        if isinstance(value, dict):
            for v in value.values():
                if isinstance(v, dict):
                    self._freeze(v)

    # ------------------------------------------------------------ strings
    def parse_literal_string(self):
        self.pos += 1
        start = self.pos
        while True:
            c = self.peek()
            if not c or c == '\n':
                raise self.error('Unterminated string')
            if c == "'":
                s = self.src[start:self.pos]
                self.pos += 1
                return s
            if (c < ' ' and c != '\t') or c == '\x7f':
                raise self.error('Illegal character ' + repr(c))
            self.pos += 1

    def parse_multiline_literal(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        end = self.src.find("'''", self.pos)
        if end < 0:
            raise self.error('Unterminated string', len(self.src))
        while self.src.startswith("'", end + 3) and end + 3 - self.pos >= 0:
            end += 1
        s = self.src[self.pos:end]
        self.pos = end + 3
        return s

    def parse_basic_string(self):
        self.pos += 1
        out = []
        while True:
            c = self.peek()
            if not c or c == '\n':
                raise self.error('Unterminated string')
            if c == '"':
                self.pos += 1
                return ''.join(out)
            if c == '\\':
                out.append(self.parse_escape(False))
                continue
            if (c < ' ' and c != '\t') or c == '\x7f':
                raise self.error('Illegal character ' + repr(c))
            out.append(c)
            self.pos += 1

    def parse_multiline_basic(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        out = []
        while True:
            if self.src.startswith('"""', self.pos):
                extra = 0
                while self.src.startswith('"', self.pos + 3 + extra) and extra < 2:
                    extra += 1
                out.append('"' * extra)
                self.pos += 3 + extra
                return ''.join(out)
            c = self.peek()
            if not c:
                raise self.error('Unterminated string')
            if c == '\\':
                out.append(self.parse_escape(True))
                continue
            if (c < ' ' and c not in '\t\n') or c == '\x7f':
                raise self.error('Illegal character ' + repr(c))
            out.append(c)
            self.pos += 1

    def parse_escape(self, multiline):
        src = self.src
        esc = src[self.pos:self.pos + 2]
        if multiline and esc in ('\\ ', '\\\t', '\\\n'):
            # Line-ending backslash: trim the newline and following whitespace.
            p = self.pos + 1
            while p < len(src) and src[p] in _WS:
                p += 1
            if p < len(src) and src[p] != '\n':
                raise self.error("Unescaped '\\' in a string")
            while p < len(src) and src[p] in ' \t\n':
                p += 1
            self.pos = p
            return ''
        if esc in _ESCAPES:
            self.pos += 2
            return _ESCAPES[esc]
        if esc in ('\\u', '\\U'):
            n = 4 if esc == '\\u' else 8
            digits = src[self.pos + 2:self.pos + 2 + n]
            if len(digits) != n or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('Invalid hex value')
            cp = int(digits, 16)
            if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
                raise self.error('Escaped character is not a Unicode scalar value')
            self.pos += 2 + n
            return chr(cp)
        raise self.error("Unescaped '\\' in a string", self.pos + 2)
