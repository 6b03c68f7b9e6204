# stdlib/_inspect_source.py — inspect's source-code access: getfile,
# getsourcefile, getmodule, findsource, getsourcelines / getsource,
# getcomments, getblock / BlockFinder. Blocks are delimited from the token
# stream of the tokenize module; when it is not available, a small tokenizer
# here produces the same 5-tuples for what block finding needs (names,
# operators, numbers, strings, comments, NEWLINE / NL, INDENT / DEDENT).
# Classes are found by qualname from the token stream instead of an AST walk.
# inspect re-exports the public names.
# Not here: source of modules embedded in the binary (their file names are
# "<frozen ...>", so OSError('could not get source code'), as CPython gives
# for any module without source).
import os
import re
import sys
import linecache
import inspect as _inspect

_SOURCE_SUFFIXES = ['.py']
_BYTECODE_SUFFIXES = ['.pyc']
_EXTENSION_SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so']


def getfile(object):
    """The file an object (module, class, method, function, traceback, frame
    or code object) was defined in."""
    if _inspect.ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if _inspect.isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if _inspect.ismethod(object):
        object = object.__func__
    if _inspect.isfunction(object):
        object = object.__code__
    if _inspect.istraceback(object):
        object = _inspect._tb_frame(object)
    if _inspect._is_frame(object):
        object = object.f_code
    if _inspect.iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    fname = os.path.basename(path)
    suffixes = sorted((-len(suffix), suffix) for suffix in
                      _SOURCE_SUFFIXES + _BYTECODE_SUFFIXES + _EXTENSION_SUFFIXES)
    for neglen, suffix in suffixes:  # longest first
        if fname.endswith(suffix):
            return fname[:neglen]
    return None


def getsourcefile(object):
    """The file to read an object's source from, or None."""
    filename = getfile(object)
    if any(filename.endswith(s) for s in _BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + _SOURCE_SUFFIXES[0]
    elif any(filename.endswith(s) for s in _EXTENSION_SUFFIXES):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, "__spec__", None), "loader", None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if _inspect.ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    # Refresh the file -> module name map from the modules loaded since.
    for modname, module in sys.modules.copy().items():
        if _inspect.ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = modulesbyfile[os.path.realpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules['__main__']
    if not hasattr(object, '__name__'):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtin = sys.modules['builtins']
    if hasattr(builtin, object.__name__):
        if getattr(builtin, object.__name__) is object:
            return builtin
    return None


class ClassFoundException(Exception):
    pass


_DEF_PATTERN = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')


def findsource(object):
    """(all the lines of the object's source file, index of its first line);
    OSError when the source cannot be found."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if _inspect.ismodule(object):
        return lines, 0
    if _inspect.isclass(object):
        try:
            _find_class(lines, object.__qualname__)
        except ClassFoundException as e:
            return lines, e.args[0]
        raise OSError('could not find class definition')
    if _inspect.ismethod(object):
        object = object.__func__
    if _inspect.isfunction(object):
        object = object.__code__
    if _inspect.istraceback(object):
        object = _inspect._tb_frame(object)
    if _inspect._is_frame(object):
        object = object.f_code
    if _inspect.iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        # co_firstlineno may point past decorators or into a lambda's
        # line: walk back to the def / lambda / decorator line.
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            try:
                line = lines[lnum]
            except IndexError:
                raise OSError('lineno is out of bounds')
            if _DEF_PATTERN.match(line):
                break
            lnum = lnum - 1
        return lines, lnum
    raise OSError('could not find code object')


def _find_class(lines, qualname):
    # Raise ClassFoundException(index of the class's first line, decorators
    # included) for the class statement whose qualified name is `qualname`:
    # def pushes "name.<locals>", class pushes "name", like the compiler.
    scopes = []          # (depth of the def/class statement, names it pushed)
    depth = 0
    at_line_start = True
    decorator_line = None
    expect = None        # 'class' / 'def' seen at line start: next NAME is its name
    for tok_type, tok, start, end, line in _tokens(lines):
        if tok_type == INDENT:
            depth += 1
            continue
        if tok_type == DEDENT:
            depth -= 1
            continue
        if tok_type in (NEWLINE, NL, COMMENT, ENDMARKER):
            if tok_type == NEWLINE:
                at_line_start = True
            continue
        if at_line_start:
            at_line_start = False
            while scopes and scopes[-1][0] >= depth:
                scopes.pop()
            if tok == '@':
                if decorator_line is None:
                    decorator_line = start[0]
                continue
            first_line = decorator_line if decorator_line is not None else start[0]
            decorator_line = None
            if tok in ('class', 'def') and tok_type == NAME:
                expect = (tok, first_line)
            elif tok == 'async' and tok_type == NAME:
                expect = ('async', first_line)
            continue
        if expect is not None:
            kind, first_line = expect
            if kind == 'async':
                expect = ('def', first_line) if tok == 'def' else None
                continue
            expect = None
            if tok_type != NAME:
                continue
            if kind == 'def':
                scopes.append((depth, [tok, '<locals>']))
            else:
                scopes.append((depth, [tok]))
                path = [name for _, names in scopes for name in names]
                if '.'.join(path) == qualname:
                    raise ClassFoundException(first_line - 1)


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a
    module's), as one string; None when there are none or no source."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if _inspect.ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
    elif lnum > 0:
        indent = _inspect.indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and _inspect.indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and _inspect.indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Feed tokens to tokeneater() until it raises EndOfBlock; `last` is then
    the last line of the def / class / lambda block the tokens started with."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                if token == "lambda":
                    self.islambda = True
                self.started = True
            self.passline = True  # the rest of the header line
        elif type == NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:  # a lambda ends with its logical line
                raise EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent = self.indent + 1
            self.passline = True
        elif type == DEDENT:
            self.indent = self.indent - 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == COMMENT:
            # comments indented like the body belong to it
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type not in (COMMENT, NL):
            raise EndOfBlock


def getblock(lines):
    """The lines of the block of code at the top of `lines`."""
    blockfinder = BlockFinder()
    try:
        for token in _tokens(lines):
            blockfinder.tokeneater(*token[:5])
    except (EndOfBlock, IndentationError):
        pass
    return lines[:blockfinder.last]


def getsourcelines(object):
    """(the lines of the object's source, line number of the first one)."""
    object = _inspect.unwrap(object)
    lines, lnum = findsource(object)
    if _inspect.istraceback(object):
        object = _inspect._tb_frame(object)
    if _inspect.ismodule(object) or (_inspect._is_frame(object) and
                                     object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------- tokenizer
# Token numbers of CPython 3.11's token module.
ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT = 0, 1, 2, 3, 4, 5, 6
OP, ERRORTOKEN, COMMENT, NL = 54, 60, 61, 62


class TokenError(Exception):
    pass


def _tokens(lines):
    # tokenize.generate_tokens when the tokenize module is there, else ours.
    try:
        from tokenize import generate_tokens
    except ImportError:
        generate_tokens = _generate_tokens
    return generate_tokens(iter(lines).__next__)


_OPERATORS3 = ('**=', '//=', '>>=', '<<=', '...', '!=')
_OPERATORS2 = ('**', '//', '>>', '<<', '<=', '>=', '==', '!=', '->', '+=', '-=', '*=', '/=',
               '%=', '&=', '|=', '^=', '@=', ':=')
_STRING_PREFIX_CHARS = 'rRbBuUfF'


def _is_name_char(c):
    return c.isalnum() or c == '_' or ord(c) > 127


def _string_start(line, pos):
    # (prefix length, quote) when a string literal starts at pos, else None.
    i = pos
    while i < len(line) and i - pos < 2 and line[i] in _STRING_PREFIX_CHARS:
        i += 1
    if i < len(line) and line[i] in '\'"':
        prefix = line[pos:i].lower()
        if prefix in ('', 'r', 'b', 'u', 'f', 'br', 'rb', 'fr', 'rf'):
            q = line[i]
            if line.startswith(q * 3, i):
                return i - pos, q * 3
            return i - pos, q
    return None


def _string_end(text, pos, quote):
    # Index just past the closing quote in text[pos:], or -1.
    i = pos
    n = len(text)
    while i < n:
        c = text[i]
        if c == '\\':
            i += 2
            continue
        if text.startswith(quote, i):
            return i + len(quote)
        if len(quote) == 1 and c in '\r\n':
            return -1
        i += 1
    return -1


def _number_end(line, pos):
    i = pos
    n = len(line)
    while i < n:
        c = line[i]
        if c.isalnum() or c in '_.':
            if c in 'eE' and i + 1 < n and line[i + 1] in '+-' and not line[pos:i].lower().startswith(('0x', '0b', '0o')):
                i += 2
                continue
            i += 1
        else:
            break
    return i


def _generate_tokens(readline):
    """Yield (type, string, (srow, scol), (erow, ecol), line) like
    tokenize.generate_tokens for `readline` (a callable returning str lines,
    '' or StopIteration at the end)."""
    lnum = 0
    parenlev = 0
    continued = False
    indents = [0]
    contstr = None       # a string continued on the next line: [text, start, quote, lines]
    last_type = None
    line = ''
    while True:
        try:
            line = readline()
        except StopIteration:
            line = ''
        lnum += 1
        pos, end = 0, len(line)

        if contstr is not None:
            if not line:
                raise TokenError("EOF in multi-line string", contstr[1])
            text, strstart, quote, contline = contstr
            stop = _string_end(line, 0, quote)
            if stop < 0 and len(quote) == 1 and not line.rstrip('\r\n').endswith('\\'):
                yield (ERRORTOKEN, text + line, strstart, (lnum, len(line)), contline + line)
                contstr = None
                continue
            if stop < 0:
                contstr = [text + line, strstart, quote, contline + line]
                continue
            yield (STRING, text + line[:stop], strstart, (lnum, stop), contline + line)
            last_type = STRING
            contstr = None
            pos = stop
        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end:  # measure the indentation
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // 8 + 1) * 8
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if line[pos] in '#\r\n':  # comment-only or blank line
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield (COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield (NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                last_type = NL
                continue
            if column > indents[-1]:
                indents.append(column)
                yield (INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield (DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end:
            c = line[pos]
            if c in ' \t\f':
                pos += 1
                continue
            start = pos
            if c == '#':
                comment = line[pos:].rstrip('\r\n')
                yield (COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                pos += len(comment)
                continue
            if c in '\r\n':
                tok_type = NL if parenlev > 0 else NEWLINE
                yield (tok_type, line[pos:], (lnum, pos), (lnum, end), line)
                last_type = tok_type
                pos = end
                continue
            if c == '\\' and line[pos + 1:].strip('\r\n') == '':
                continued = True
                pos = end
                continue
            string = _string_start(line, pos)
            if string is not None:
                plen, quote = string
                stop = _string_end(line, pos + plen + len(quote), quote)
                if stop >= 0:
                    yield (STRING, line[pos:stop], (lnum, pos), (lnum, stop), line)
                    last_type = STRING
                    pos = stop
                elif len(quote) == 3 or line.rstrip('\r\n').endswith('\\'):
                    contstr = [line[pos:], (lnum, pos), quote, line]
                    pos = end
                else:
                    yield (ERRORTOKEN, c, (lnum, pos), (lnum, pos + 1), line)
                    pos += 1
                continue
            if _is_name_char(c) and not c.isdigit():
                while pos < end and _is_name_char(line[pos]):
                    pos += 1
                yield (NAME, line[start:pos], (lnum, start), (lnum, pos), line)
                last_type = NAME
                continue
            if c.isdigit() or (c == '.' and pos + 1 < end and line[pos + 1].isdigit()):
                pos = _number_end(line, pos)
                yield (NUMBER, line[start:pos], (lnum, start), (lnum, pos), line)
                last_type = NUMBER
                continue
            for ops in (_OPERATORS3, _OPERATORS2):
                width = len(ops[0])
                if line[pos:pos + width] in ops:
                    pos += width
                    break
            else:
                if c in '([{':
                    parenlev += 1
                elif c in ')]}':
                    parenlev -= 1
                pos += 1
            tok_type = OP if c in '()[]{}:;,.+-*/%&|^~<>=!@' else ERRORTOKEN
            yield (tok_type, line[start:pos], (lnum, start), (lnum, pos), line)
            last_type = tok_type

    if last_type not in (None, NEWLINE, NL):
        yield (NEWLINE, '', (lnum - 1, len(line)), (lnum - 1, len(line) + 1), '')
    for _ in indents[1:]:
        yield (DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield (ENDMARKER, '', (lnum, 0), (lnum, 0), '')
