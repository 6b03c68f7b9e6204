# stdlib/tokenize.py — the Python tokenizer written in Python: generate_tokens
# (str lines), tokenize (bytes, with PEP 263 encoding detection and an ENCODING
# token first), detect_encoding, open, untokenize, and the TokenInfo tuples with
# CPython 3.11's exact token stream (NEWLINE/NL, COMMENT, INDENT/DEDENT,
# ERRORTOKEN for stray characters, the implicit final NEWLINE, ENDMARKER).
# Token types come from token.py; the regular expressions below describe the
# lexical grammar (they are also module attributes, as programs use them).
import functools
import io
import itertools
import re
import sys
from codecs import lookup, BOM_UTF8
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = list(__import__('token').__all__) + [
    'tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

_TokenInfoBase = __import__('collections').namedtuple('TokenInfo', 'type string start end line')


class TokenInfo(_TokenInfoBase):
    __slots__ = ()

    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# ---------------------------------------------------------------- the lexical grammar
def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
                   r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of the string prefixes, in every case: '', 'b', 'R', 'fR'..."""
    result = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = {base, base[::-1]}
        for order in orders:
            spellings = ['']
            for ch in order:
                spellings = [s + c for s in spellings for c in (ch, ch.upper())]
            result.update(spellings)
    return result


StringPrefix = group(*_all_string_prefixes())

# The rest of a string literal after its opening quote(s).
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Operators, longest first so that '**=' wins over '**' and '*'.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-quoted string that continues on the next line (backslash-newline).
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Closing patterns of each opening quote, prefix included.
endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for _t in _all_string_prefixes():
    for _u in (_t + '"', _t + "'"):
        single_quoted.add(_u)
    for _u in (_t + '"""', _t + "'''"):
        triple_quoted.add(_u)
del _t, _u

tabsize = 8

# For the tokenizer's fast path: ASCII names not followed by a quote (then
# they could be a string prefix) nor by a non-ASCII character (which may
# continue the name), and operators (longest match in EXACT_TOKEN_TYPES, as
# the Special expression does).
_NAME_START = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_')
_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789')
_NAME_BLOCKERS = frozenset('\'"')
_OP_START = frozenset(op[0] for op in EXACT_TOKEN_TYPES)
_DIGITS = frozenset('0123456789')


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------- untokenize
class Untokenizer:
    """Rebuilds source text from tokens (full 5-tuples: exact positions; 2-tuples: compat mode)."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        out = self.tokens.append
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text  # keep adjacent literals apart
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out(indents[-1])
                at_line_start = False
            out(text)


def untokenize(iterable):
    """Transform tokens back into Python source code (bytes when the tokens
    start with an ENCODING token, else str)."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# ---------------------------------------------------------------- encoding detection (PEP 263)
def _get_normal_name(orig_enc):
    """Imitates get_normal_name in tokenizer.c."""
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """Detect the encoding of Python source read by readline (bytes lines):
    a UTF-8 BOM or a coding cookie in the first two lines, else 'utf-8'.
    Returns (encoding, the lines read)."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


_builtin_open = open


def open(filename):
    """Open a file in read only mode using the encoding detected by
    detect_encoding()."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---------------------------------------------------------------- the tokenizer
def tokenize(readline):
    """Tokenize bytes read by readline; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b''), itertools.repeat(b''))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokenize a source reading Python code as unicode strings (readline
    returns str lines)."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    pseudo = _compile(PseudoToken)
    digits = '0123456789'
    lnum = 0
    depth = 0              # open brackets
    continued = False      # the previous line ended with a backslash
    pending = ''           # text of a string literal spanning lines
    pending_line = None    # the physical lines of that literal
    pending_start = None
    pending_end = None     # compiled pattern closing it
    needs_backslash = False  # a single-quoted literal continues only after a backslash
    indents = [0]
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    prev_line = line = ''
    while True:
        prev_line = line
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end = 0, len(line)

        if pending:
            if not line:
                raise TokenError('EOF in multi-line string', pending_start)
            m = pending_end.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, pending + line[:pos], pending_start, (lnum, pos), pending_line + line)
                pending, needs_backslash, pending_line = '', False, None
            elif needs_backslash and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start, (lnum, len(line)), pending_line)
                pending, pending_line = '', None
                continue
            else:
                pending += line
                pending_line += line
                continue
        elif depth == 0 and not continued:
            # A new logical line: measure its indentation.
            if not line:
                break
            column = 0
            while pos < end:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if line[pos] in '#\r\n':
                # Comment-only and blank lines produce no indentation tokens.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            # Inside brackets or after a backslash: no indentation processing.
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end:
            # Fast path for the common tokens (plain names, operators); anything
            # else goes through the PseudoToken expression, whose result it matches.
            start = pos
            while start < end and line[start] in ' \f\t':
                start += 1
            first = line[start] if start < end else ''
            if first in _NAME_START:
                stop = start + 1
                while stop < end and line[stop] in _NAME_CHARS:
                    stop += 1
                nxt = line[stop] if stop < end else ''
                # A quote may make it a string prefix; a non-ASCII letter may continue it.
                if nxt not in _NAME_BLOCKERS and nxt < '\x80':
                    pos = stop
                    yield TokenInfo(NAME, line[start:stop], (lnum, start), (lnum, stop), line)
                    continue
            elif first in _OP_START and not (first == '.' and line[start + 1:start + 2] in _DIGITS):
                for size in (3, 2, 1):
                    text = line[start:start + size]
                    if text in EXACT_TOKEN_TYPES:
                        break
                else:
                    text = None
                if text is not None:
                    pos = start + len(text)
                    if first in '([{':
                        depth += 1
                    elif first in ')]}':
                        depth -= 1
                    yield TokenInfo(OP, text, (lnum, start), (lnum, pos), line)
                    continue
            m = pseudo.match(line, pos)
            if not m:
                # Nothing can start here: report one character and go on.
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, stop = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, stop), stop
            if start == stop:
                continue
            text, first = line[start:stop], line[start]
            if first in digits or (first == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, spos, epos, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                closing = _compile(endpats[text])
                m2 = closing.match(line, pos)
                if m2:
                    pos = m2.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    pending_start = (lnum, start)
                    pending = line[start:]
                    pending_line = line
                    pending_end = closing
                    break
            elif first in single_quoted or text[:2] in single_quoted or text[:3] in single_quoted:
                if text[-1] == '\n':
                    # Backslash-newline inside the literal: it goes on.
                    pending_start = (lnum, start)
                    pending_end = _compile(endpats.get(first) or endpats.get(text[1]) or endpats.get(text[2]))
                    pending, needs_backslash = line[start:], True
                    pending_line = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # A last line without a line break still ends its statement.
    if prev_line and prev_line[-1] not in '\r\n' and not prev_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(prev_line)), (lnum - 1, len(prev_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def _generate_tokens_from_c_tokenizer(source, extra_tokens=False):
    """Tokenize a source string (CPython uses its C tokenizer here)."""
    return generate_tokens(io.StringIO(source).readline)


def main():
    import argparse

    def perror(message):
        sys.stderr.write(message)
        sys.stderr.write('\n')

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            perror('%s:%d:%d: error: %s' % args)
        elif filename:
            perror('%s: error: %s' % (filename, message))
        else:
            perror('error: %s' % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = _tokenize(sys.stdin.readline, None)
        for token in tokens:
            token_type = token.type
            if args.exact:
                token_type = token.exact_type
            token_range = '%d,%d-%d,%d:' % (token.start + token.end)
            print('%-20s%-15s%-15r' % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as err:
        perror('unexpected error: %s' % err)
        raise


if __name__ == '__main__':
    main()
