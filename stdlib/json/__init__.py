# stdlib/json/__init__.py — JSON encoding and decoding in Python source:
# dumps/dump (indent, separators, sort_keys, default, ensure_ascii, allow_nan)
# and loads/load (object_hook, object_pairs_hook, parse_float/parse_int),
# with CPython's output format and JSONDecodeError messages.
# Deep nesting fails as CPython's C accelerator does: RecursionError "... while
# encoding a JSON object" / "... while decoding a JSON array from a unicode
# string" once the frames in progress plus the open containers pass the
# recursion limit; the decoder keeps its containers on a list, not on frames.
import sys

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
        '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
            continue
        o = ord(c)
        if o < 0x20:
            out.append('\\u%04x' % o)
        elif ensure_ascii and o > 0x7e:
            if o > 0xffff:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (o >> 10), 0xdc00 | (o & 0x3ff)))
            else:
                out.append('\\u%04x' % o)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _frames_below(frame):
    # Python frames from `frame` down to the bottom of the stack, `frame` included.
    n = 0
    while frame is not None:
        n += 1
        frame = frame.f_back
    return n


# Open containers before the depth is checked against the recursion limit
# (CPython counts every one; counting the frames is only worth it when deep).
_DEPTH_UNCHECKED = 32
_DEEP_ENCODE = 'maximum recursion depth exceeded while encoding a JSON object'
_DEEP_INDENTED = 'maximum recursion depth exceeded while calling a Python object'


def _float_repr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # CPython's C encoder counts its call and then each open container
        # against the recursion limit (with an indent, CPython's Python
        # encoder takes one container more and fails in a call).
        self._depth_limit = None
        self._indented = indent is not None
        self._enc(o, out, markers, indent, 0, 1)
        return out

    def _set_depth_limit(self, depth):
        # The most containers CPython's encoder accepts here, from the frames
        # up to iterencode (_enc, called at `depth`, runs one frame per
        # container). The deep checks themselves call nothing: the deepest
        # frame may be the last one the limit allows.
        base = _frames_below(sys._getframe(1)) - depth
        self._depth_limit = sys.getrecursionlimit() - base - 1
        return self._depth_limit



    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_repr(k, self.allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def _enc(self, o, out, markers, indent, level, depth):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, list) or isinstance(o, tuple):  # a tuple of types counts a recursion level
            if depth > _DEPTH_UNCHECKED and depth > (self._depth_limit or self._set_depth_limit(depth)):
                raise RecursionError(_DEEP_INDENTED if self._indented else _DEEP_ENCODE)
            if not o:
                out.append('[]')
                return
            self._mark(o, markers)
            out.append('[')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep = self.item_separator + nl
                out.append(nl)
            else:
                sep = self.item_separator
            first = True
            for v in o:
                if not first:
                    out.append(sep)
                first = False
                self._enc(v, out, markers, indent, level, depth + 1)
            if indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append(']')
            self._unmark(o, markers)
        elif isinstance(o, dict):
            if depth > _DEPTH_UNCHECKED and depth > (self._depth_limit or self._set_depth_limit(depth)):
                raise RecursionError(_DEEP_INDENTED if self._indented else _DEEP_ENCODE)
            if not o:
                out.append('{}')
                return
            self._mark(o, markers)
            out.append('{')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep = self.item_separator + nl
                out.append(nl)
            else:
                sep = self.item_separator
            items = sorted(o.items()) if self.sort_keys else o.items()
            first = True
            for k, v in items:
                k = self._key(k)
                if k is None:
                    continue
                if not first:
                    out.append(sep)
                first = False
                out.append(_encode_str(k, self.ensure_ascii))
                out.append(self.key_separator)
                self._enc(v, out, markers, indent, level, depth + 1)
            if indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append('}')
            self._unmark(o, markers)
        else:
            self._mark(o, markers)
            v = self.default(o)
            if depth > _DEPTH_UNCHECKED and depth > (self._depth_limit or self._set_depth_limit(depth)):
                raise RecursionError(_DEEP_INDENTED if self._indented else _DEEP_ENCODE)
            self._enc(v, out, markers, indent, level, depth + 1)
            self._unmark(o, markers)

    def _mark(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _unmark(self, o, markers):
        if markers is not None:
            del markers[id(o)]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_NUMCHARS = '0123456789+-.eE'


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'-Infinity': float('-inf'),
                                                 'Infinity': float('inf'),
                                                 'NaN': float('nan')}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        # One JSON value from s[i:]: (value, end). Arrays and objects keep
        # their open containers on `stack` (CPython's scanner is C code, so
        # nesting costs no Python frames); StopIteration(i) when no value
        # starts at i. Each entry: [items, is_object, pending key].
        n = len(s)
        stack = []
        while True:
            if i >= n:
                raise StopIteration(i)
            c = s[i]
            if c == '[' or c == '{':
                if len(stack) >= _DEPTH_UNCHECKED:
                    self._check_depth(len(stack) + 1, c)
                i = self._skip(s, i + 1)
                if c == '[':
                    if i < n and s[i] == ']':
                        value = []
                        i += 1
                    else:
                        stack.append([[], False, None])
                        continue
                else:
                    if i < n and s[i] == '}':
                        value = self._finish_object([])
                        i += 1
                    else:
                        key, i = self._key(s, i)
                        stack.append([[], True, key])
                        continue
            elif c == '"':
                value, i = self._string(s, i + 1)
            elif c == 'n' and s.startswith('null', i):
                value, i = None, i + 4
            elif c == 't' and s.startswith('true', i):
                value, i = True, i + 4
            elif c == 'f' and s.startswith('false', i):
                value, i = False, i + 5
            elif c == 'N' and s.startswith('NaN', i):
                value, i = self.parse_constant('NaN'), i + 3
            elif c == 'I' and s.startswith('Infinity', i):
                value, i = self.parse_constant('Infinity'), i + 8
            elif c == '-' and s.startswith('-Infinity', i):
                value, i = self.parse_constant('-Infinity'), i + 9
            else:
                value, i = self._number(s, i)
            # A value is complete: it goes into the innermost open container,
            # which may be complete in turn.
            while True:
                if not stack:
                    return value, i
                top = stack[-1]
                if top[1]:
                    top[0].append((top[2], value))
                else:
                    top[0].append(value)
                i = self._skip(s, i)
                if i < n and s[i] == ('}' if top[1] else ']'):
                    stack.pop()
                    value = self._finish_object(top[0]) if top[1] else top[0]
                    i += 1
                    continue
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = self._skip(s, i + 1)
                if top[1]:
                    top[2], i = self._key(s, i)
                break

    def _check_depth(self, depth, c):
        # CPython's scanner counts its call and each open container against
        # the recursion limit, from the frames of its caller (raw_decode):
        # this frame (_value's) stands for the call.
        if depth + _frames_below(sys._getframe(1)) > sys.getrecursionlimit():
            kind = 'array' if c == '[' else 'object'
            raise RecursionError('maximum recursion depth exceeded while decoding a JSON %s from a unicode string' % kind)

    def _key(self, s, i):
        # An object's key and its ':' from s[i:]: (key, index of its value).
        if i >= len(s) or s[i] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        key, i = self._string(s, i + 1)
        i = self._skip(s, i)
        if i >= len(s) or s[i] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, i)
        return key, self._skip(s, i + 1)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            raise StopIteration(i)
        is_float = False
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            is_float = True
            j += 2
            while j < n and '0' <= s[j] <= '9':
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and '0' <= s[k] <= '9':
                is_float = True
                while k < n and '0' <= s[k] <= '9':
                    k += 1
                j = k
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\':
                if s[j] < ' ' and self.strict:
                    raise JSONDecodeError("Invalid control character at", s, j)
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if s[j] == '"':
                return ''.join(chunks), j + 1
            j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[j]
            if c == 'u':
                cp = self._hex4(s, j + 1)
                j += 5
                if 0xd800 <= cp <= 0xdbff and s[j:j + 2] == '\\u':
                    lo = self._hex4(s, j + 2)
                    if 0xdc00 <= lo <= 0xdfff:
                        cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00))
                        j += 6
                chunks.append(chr(cp))
                i = j
            else:
                e = _BACKSLASH.get(c)
                if e is None:
                    raise JSONDecodeError("Invalid \\escape", s, j - 1)
                chunks.append(e)
                i = j + 1

    def _hex4(self, s, i):
        esc = s[i:i + 4]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 2)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)


# CPython defines these in json.decoder / json.encoder: tracebacks and reprs
# name them there (json.decoder.JSONDecodeError), and those modules re-export them.
JSONDecodeError.__module__ = 'json.decoder'
JSONDecoder.__module__ = 'json.decoder'
JSONEncoder.__module__ = 'json.encoder'

from json import decoder, encoder  # noqa: E402 (json.decoder / json.encoder attributes, as CPython)
