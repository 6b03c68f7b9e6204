# stdlib/re.py — the `re` module (CPython 3.11 API) on top of the native
# `_sre2` engine (stdlib/sre_engine.cpp + sre_compile.cpp), which parses and
# matches. This file owns the Python-level objects: flags, re.error, Pattern,
# Match, the compile cache, replacement templates, sub/split/findall/finditer.
# Must not: depend on the enum module (RegexFlag is a small int subclass here).

import _sre2

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# Definition order of CPython's RegexFlag (used by its repr).
_FLAG_ORDER = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128))
_ALL_FLAGS = 511


class RegexFlag(int):
    """Flags for the re module (an IntFlag look-alike)."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return "-%s" % repr(RegexFlag(-v))
        names = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    @property
    def name(self):
        r = repr(self)
        return r.replace("re.", "") if r != "re.NOFLAG" else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# Flag names for Pattern.__repr__, in CPython's order.
_REPR_FLAGS = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
               ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
               ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256))


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, code):
        self.pattern = pattern
        self._code = code
        self.flags = code.flags
        self.groups = code.groups
        self._groupindex = code.groupindex
        self._names = None
        self._template_cache = {}
        self._empty = pattern[:0]

    @property
    def groupindex(self):
        return _MappingProxy(self._groupindex)

    def _group_names(self):
        names = self._names
        if names is None:
            names = [None] * (self.groups + 1)
            for k, v in self._groupindex.items():
                names[v] = k
            self._names = names
        return names

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % r
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (r, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        r = self._code.match(string, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        code = self._code
        n = len(string)
        if endpos > n:
            endpos = n
        mode = 2
        while True:
            r = code.match(string, pos, endpos, mode)
            if r is None:
                return
            yield Match(self, string, pos, endpos, r)
            s = r[1]
            pos = r[2]
            mode = 3 if s == pos else 2

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        code = self._code
        groups = self.groups
        empty = self._empty
        out = []
        n = len(string)
        if endpos > n:
            endpos = n
        mode = 2
        while True:
            r = code.match(string, pos, endpos, mode)
            if r is None:
                break
            s = r[1]
            e = r[2]
            if groups == 0:
                out.append(string[s:e])
            elif groups == 1:
                a = r[3]
                out.append(empty if a < 0 else string[a:r[4]])
            else:
                items = []
                for g in range(1, groups + 1):
                    a = r[2 * g + 1]
                    items.append(empty if a < 0 else string[a:r[2 * g + 2]])
                out.append(tuple(items))
            pos = e
            mode = 3 if s == e else 2
        return out

    def split(self, string, maxsplit=0):
        code = self._code
        groups = self.groups
        out = []
        last = 0
        pos = 0
        n = len(string)
        count = 0
        mode = 2
        while maxsplit <= 0 or count < maxsplit:
            if maxsplit < 0:
                break
            r = code.match(string, pos, n, mode)
            if r is None:
                break
            s = r[1]
            e = r[2]
            out.append(string[last:s])
            for g in range(1, groups + 1):
                a = r[2 * g + 1]
                out.append(None if a < 0 else string[a:r[2 * g + 2]])
            last = e
            pos = e
            count += 1
            mode = 3 if s == e else 2
        out.append(string[last:])
        return out

    def _template(self, repl):
        t = self._template_cache.get(repl)
        if t is None:
            t = _parse_template(repl, self)
            if len(self._template_cache) > 100:
                self._template_cache.clear()
            self._template_cache[repl] = t
        return t

    def _subx(self, repl, string, count, want_n):
        code = self._code
        if callable(repl):
            func = repl
            literal = None
            parts = None
        else:
            func = None
            parts = self._template(repl)
            literal = parts[0] if len(parts) == 1 and not isinstance(parts[0], int) else None
            if not parts:
                literal = self._empty
        if not isinstance(string, (str, bytes, bytearray)) and func is None:
            # Let the engine raise its TypeError.
            code.match(string, 0, 0, 2)
        out = []
        n = len(string)
        pos = 0
        last = 0
        done = 0
        mode = 2
        while count <= 0 or done < count:
            r = code.match(string, pos, n, mode)
            if r is None:
                break
            s = r[1]
            e = r[2]
            out.append(string[last:s])
            if func is not None:
                v = func(Match(self, string, 0, n, r))
                if v is not None:
                    out.append(v)
            elif literal is not None:
                out.append(literal)
            else:
                for p in parts:
                    if isinstance(p, int):
                        a = r[2 * p + 1]
                        if a >= 0:
                            out.append(string[a:r[2 * p + 2]])
                    else:
                        out.append(p)
            last = e
            pos = e
            done += 1
            mode = 3 if s == e else 2
        out.append(string[last:])
        if isinstance(string, str):
            res = "".join(out)
        else:
            res = b"".join(out)
        if want_n:
            return res, done
        return res

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = min(endpos, len(string))
        self._mode_adv = False

    def _next(self, base):
        if self._pos > self._endpos:
            return None
        r = self.pattern._code.match(self._string, self._pos, self._endpos,
                                     base + (1 if self._mode_adv and base == 2 else 0))
        if r is None:
            self._pos = self._endpos + 1
            return None
        m = Match(self.pattern, self._string, self._pos, self._endpos, r)
        self._mode_adv = r[1] == r[2]
        self._pos = r[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class _MappingProxy:
    """Read-only view of a dict (like types.MappingProxyType)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        n = len(string)
        self.pos = 0 if pos < 0 else (n if pos > n else pos)
        self.endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
        self._r = regs
        li = regs[0]
        self.lastindex = li if li > 0 else None

    def _index(self, g):
        if type(g) is int:
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError("no such group")

    def _get(self, i, default=None):
        r = self._r
        a = r[2 * i + 1]
        if a < 0:
            return default
        return self.string[a:r[2 * i + 2]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {k: self._get(v, default) for k, v in self.re._groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._r[2 * i + 1], self._r[2 * i + 2])

    @property
    def regs(self):
        r = self._r
        return tuple((r[2 * i + 1], r[2 * i + 2]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        return self.re._group_names()[li]

    def expand(self, template):
        parts = _parse_template(template, self.re)
        out = []
        for p in parts:
            if isinstance(p, int):
                v = self._get(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return self.string[:0].join(out) if not isinstance(self.string, str) else "".join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._r[1], self._r[2], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIG = "0123456789"


def _parse_template(repl, pattern):
    """Split a replacement template into literal strings and group numbers."""
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected str or bytes-like object, got %r" % type(repl).__name__)
        s = repl.decode("latin-1")
        if isinstance(pattern.pattern, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
    else:
        s = repl
        if not isinstance(pattern.pattern, str):
            raise TypeError("expected a bytes-like object, str found")
    parts = []
    lit = []
    i = 0
    n = len(s)
    groups = pattern.groups
    while i < n:
        c = s[i]
        if c != "\\":
            j = s.find("\\", i)
            if j < 0:
                j = n
            lit.append(s[i:j])
            i = j
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = s[i]
        i += 1
        g = None
        if c == "g":
            if i >= n or s[i] != "<":
                raise error("missing <", repl, i)
            i += 1
            j = s.find(">", i)
            if j < 0:
                if i >= n:
                    raise error("missing group name", repl, i)
                raise error("missing >, unterminated name", repl, i)
            name = s[i:j]
            if not name:
                raise error("missing group name", repl, i)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > groups:
                    raise error("invalid group reference %d" % g, repl, i)
            elif name.isidentifier():
                gi = pattern._groupindex
                if is_bytes:
                    name_k = name.encode("latin-1")
                    g = gi.get(name_k, gi.get(name))
                else:
                    g = gi.get(name)
                if g is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i)
            i = j + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and s[i] in _OCT:
                v = v * 8 + int(s[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in _DIG:
            if i < n and s[i] in _DIG:
                if c in _OCT and s[i] in _OCT and i + 1 < n and s[i + 1] in _OCT:
                    v = int(s[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377" % s[start:i + 2], repl, start)
                    lit.append(chr(v))
                    i += 2
                    continue
                g = int(s[i - 1:i + 1])
                i += 1
            else:
                g = int(c)
            if g > groups:
                raise error("invalid group reference %d" % g, repl, start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape %s" % s[start:i], repl, start)
        else:
            lit.append("\\" + c)
        if g is not None:
            if lit:
                parts.append(_lit("".join(lit), is_bytes))
                lit = []
            parts.append(g)
    if lit:
        parts.append(_lit("".join(lit), is_bytes))
    return parts


def _lit(s, is_bytes):
    return s.encode("latin-1") if is_bytes else s


_cache = {}
_MAXCACHE = 512


def _issue_warnings(texts):
    # The parser's FutureWarnings, attributed to the caller of re.compile/re.search/...
    import warnings
    for text in texts:
        warnings.warn(text, FutureWarning, stacklevel=4)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    code = _sre2.compile(pattern, flags)
    if type(code) is tuple:
        if len(code) > 2:
            _issue_warnings(code[2])
        if code[1] is None:
            raise error(code[0])
        if code[1] == -2:
            raise ValueError(code[0])
        raise error(code[0], pattern, code[1])
    if code.warnings:
        _issue_warnings(code.warnings)
    p = Pattern(pattern, flags, code)
    if not (flags & DEBUG) and key is not None:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars_map).encode("latin1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase if isinstance(phrase, str) else phrase)
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
