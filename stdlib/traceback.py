"""Extract, format and print information about Python stack traces.

Written for minipy after CPython 3.11's traceback module: TracebackException
captures an exception (its stack as a StackSummary of FrameSummary entries,
its message, chained __cause__ / __context__ and the members of exception
groups) and renders it the way CPython's traceback module does, 3.11 caret
lines and the +-+ boxes of exception groups included. Instruction positions
and the operator/subscript anchors of caret lines come from the native
_traceback helpers (CPython reads them from code.co_positions() and ast).
"""

import linecache
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---------------------------------------------------------------- lists of frames

def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---------------------------------------------------------------- exceptions

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    # The 3.10+ single-argument form (an exception) or the old triple.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---------------------------------------------------------------- stacks

def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        clear = getattr(_tb_frame(tb), 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass  # the frame is still executing
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (the stripped source
    line, looked up lazily), locals (reprs, when captured) and the positions
    end_lineno / colno / end_colno of the instruction that was running."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its whitespace (and newline) kept.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f outwards (following f_back)."""
    if f is None:
        # The frame that called StackSummary.extract(walk_stack(None)):
        # past this generator, extract's helper generator, the extraction
        # method and extract itself.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class _TracebackFrame:
    """Stands in for tb.tb_frame when the traceback entry kept no frame object
    (minipy records only the code object): f_code and f_lineno are real, the
    frame's namespaces are no longer available."""
    __slots__ = ('f_code', 'f_lineno')

    def __init__(self, tb):
        self.f_code = tb._tb_code
        self.f_lineno = tb.tb_lineno

    f_back = None
    f_lasti = -1
    f_globals = property(lambda self: {})
    f_locals = property(lambda self: {})
    f_builtins = property(lambda self: {})

    def clear(self):
        pass

    def __repr__(self):
        co = self.f_code
        return '<frame at 0x%x, file %r, line %d, code %s>' % (id(self), co.co_filename,
                                                                self.f_lineno, co.co_name)


def _tb_frame(tb):
    frame = tb.tb_frame
    if frame is None and getattr(tb, '_tb_code', None) is not None:
        frame = _TracebackFrame(tb)
    return frame


def walk_tb(tb):
    """Yield (frame, lineno) along a traceback (following tb_next)."""
    while tb is not None:
        yield _tb_frame(tb), tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        frame = _tb_frame(tb)
        positions = _get_code_position(frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    # (lineno, end_lineno, colno, end_colno) of the instruction at byte offset
    # instruction_index, as code.co_positions() gives it; Nones when unknown.
    if instruction_index < 0:
        return (None, None, None, None)
    return _traceback.code_position(code, instruction_index)


_RECURSIVE_CUTOFF = 3  # same as the interpreter's own traceback printer


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                import itertools
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                import collections
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            # Lines are looked up only after checkcache() below.
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, co.co_name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno,
                                       colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        # Entries may be FrameSummary objects or (filename, lineno, name, line)
        # tuples, mixed.
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                row.append(_caret_line(frame_summary, stripped_line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _caret_line(frame_summary, stripped_line):
    # The 3.11 indicator line under the source line: ^^^ under the failing
    # expression, ~~~^^^~~~ when it is a binary operation or a subscript; ''
    # when the expression covers the whole line. Offsets are computed on the
    # original line, newline included, exactly as CPython's traceback module
    # does (its indentation arithmetic counts trailing whitespace too).
    line = frame_summary._original_line
    stripped_characters = len(line) - len(frame_summary.line.lstrip())
    start_offset = _byte_offset_to_character_offset(line, frame_summary.colno)
    end_offset = _byte_offset_to_character_offset(line, frame_summary.end_colno)
    code_segment = line[start_offset:end_offset]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _traceback.caret_anchors(code_segment)
        except Exception:
            anchors = None
    else:
        end_offset = len(line.rstrip())
    if not (end_offset - start_offset < len(stripped_line) or
            (anchors and anchors[1] - anchors[0] > 0)):
        return ''
    dp_start_offset = _display_width(line, start_offset) + 1
    dp_end_offset = _display_width(line, end_offset) + 1
    parts = ['    ', ' ' * (dp_start_offset - stripped_characters)]
    if anchors:
        dp_left_end = _display_width(code_segment, anchors[0])
        dp_right_start = _display_width(code_segment, anchors[1])
        parts.append('~' * dp_left_end)
        parts.append('^' * (dp_right_start - dp_left_end))
        parts.append('~' * (dp_end_offset - dp_start_offset - dp_right_start))
    else:
        parts.append('^' * (dp_end_offset - dp_start_offset))
    parts.append('\n')
    return ''.join(parts)


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _display_width(line, offset):
    # Columns the first `offset` characters take on a terminal (wide
    # characters count 2).
    if line.isascii():
        return offset
    try:
        import unicodedata
    except ImportError:
        return offset  # no width data: every character counts 1
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line[:offset])


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        # Inside an exception group every line gets the indentation and a
        # margin character ('|', or '+' on the group's own first line).
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent_lines(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent_lines(text, indent_str)


def _indent_lines(text, prefix):
    if not prefix:
        return text
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for rendering, holding no reference to it or its
    frames: stack (a StackSummary), exc_type, __cause__ / __context__ (as
    TracebackExceptions), __suppress_context__, __notes__, exceptions (for
    exception groups, else None) and, for SyntaxError, filename, lineno,
    end_lineno, text, offset, end_offset and msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        # The message is captured now so the exception can be freed.
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        if is_recursive_call:
            return
        # Chained and grouped exceptions, breadth by a work list (no recursion,
        # so long chains cannot exhaust the stack); `_seen` breaks cycles.
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **options)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e and e.__context__ is not None and need_context and
                    id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **options)
            else:
                context = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(exc), exc, exc.__traceback__, **options)
                              for exc in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception's message lines (with a SyntaxError's location
        lines first), then its __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if self.__notes__ is None:
            return
        from _collections_abc import Sequence
        if isinstance(self.__notes__, Sequence):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        else:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                # 1-based columns into the text -> 0-based into the stripped text
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # tabs and other whitespace are kept so the carets line up
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(caretspace, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the report's lines: the chained exceptions first, each with
        its 'Traceback (most recent call last):' stack, the message last."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True  # unless a nested group closes the box
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
