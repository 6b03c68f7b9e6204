# traceback.TracebackException / StackSummary / FrameSummary and the
# format_* / print_* functions: chains, limits, exception groups (+-+ boxes),
# SyntaxError layout, notes, caret lines, CPython's single-argument forms.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(lines):
    text = lines if isinstance(lines, str) else ''.join(lines)
    print(text.replace(HERE, ''), end='' if text.endswith('\n') else '\n')


def divide(x):
    return x[1] + ratio(x)


def ratio(x):
    return 1 / x[0]


try:
    divide([0, 1])
except ZeroDivisionError as e:
    err = e

print('== single-argument forms')
show(traceback.format_exception(err))
show(traceback.format_exception(type(err), err, err.__traceback__))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
show(traceback.format_exception(err, limit=1))
show(traceback.format_exception(err, limit=-1))
show(traceback.format_tb(err.__traceback__))
show(traceback.format_tb(err.__traceback__, limit=-2))
buf = io.StringIO()
traceback.print_exception(err, file=buf, limit=0)
traceback.print_tb(err.__traceback__, limit=1, file=buf)
traceback.print_exception(type(err), err, err.__traceback__, file=buf, chain=False)
show(buf.getvalue())

print('== TracebackException')
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__, te.__context__,
      te.__suppress_context__, te.exceptions, te.__notes__)
for fs in te.stack:
    print(repr(fs).replace(HERE, ''), fs.lineno, fs.name, repr(fs.line), fs.end_lineno,
          fs.colno, fs.end_colno, fs.locals, len(fs), fs[1], fs[-1])
    print(fs == tuple(fs), fs == (fs.filename, fs.lineno, fs.name, 'other'))
print(list(te.format_exception_only()))
show(list(te.format(chain=False)))
print(te == traceback.TracebackException.from_exception(err), te == 5)
te2 = traceback.TracebackException(type(err), err, err.__traceback__, limit=2, lookup_lines=False)
print(len(te2.stack), [f._line for f in te2.stack])
show(te2.stack.format())

print('== chains')


def lookup():
    try:
        {}['key']
    except KeyError as k:
        raise ValueError('bad value') from k


try:
    lookup()
except ValueError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))
    te = traceback.TracebackException.from_exception(e)
    print(str(te.__cause__), te.__cause__.exc_type.__name__, te.__context__ is not None)
    te = traceback.TracebackException.from_exception(e, compact=True)
    print(str(te.__cause__), te.__context__)

try:
    try:
        int('x')
    except ValueError:
        [][3]
except IndexError as e:
    show(traceback.format_exception(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden context') from None
except RuntimeError as e:
    show(traceback.format_exception(e))
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__context__ is not None)


def cycle():
    a = ValueError('a')
    b = TypeError('b')
    a.__context__ = b
    b.__context__ = a
    return a


show(traceback.format_exception(cycle()))

print('== exception groups')
try:
    raise ExceptionGroup('outer', [ValueError(1), TypeError(2),
                                   ExceptionGroup('inner', [KeyError('k'), OSError(5, 'io')])])
except ExceptionGroup as e:
    eg = e
show(traceback.format_exception(eg))
te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
show(list(te.format()))
print([t.exc_type.__name__ for t in te.exceptions])
many = ExceptionGroup('many', [ValueError(i) for i in range(17)])
show(traceback.format_exception(many))


def raiser(n):
    if n:
        try:
            raiser(n - 1)
        except* ValueError as g:
            raise ExceptionGroup(f'level {n}', [TypeError(n)]) from None
    raise ExceptionGroup('base', [ValueError('v')])


try:
    raiser(2)
except ExceptionGroup as e:
    show(traceback.format_exception(e))

print('== messages')
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exc())
for bad in [lambda: traceback.format_exception(42),
            lambda: traceback.format_exception(ValueError, ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(traceback.format_exception_only(ValueError('v')))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(ValueError('')))
e = ValueError('with notes')
e.add_note('first note\nsecond line')
e.add_note('another')
print(traceback.format_exception_only(e))
e2 = ValueError('odd notes')
e2.__notes__ = 'not a list'
print(traceback.format_exception_only(e2))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(BadStr()))


class Outer:
    class InnerError(Exception):
        pass


print(traceback.format_exception_only(Outer.InnerError('nested')))
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 3, 5, '  abc def\n', 3, 8))))
print(traceback.format_exception_only(SyntaxError('msg', (None, None, None, None))))
print(traceback.format_exception_only(SyntaxError('msg', ('g.py', None, None, None))))
for src in ['x = (1,\n', '  x = 1\n y = 2', 'a b']:
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as ex:
        print(traceback.format_exception_only(ex))
try:
    prnt
except NameError:
    show(traceback.format_exc())

print('== carets')


def multi():
    return (1 +
            None)


def trailing():
    d = {}
    return d['a']   


def call_fail():
    return len(5, 6)


def attr_fail():
    value = None
    return 'é' + value.attr


for fn in (multi, trailing, call_fail, attr_fail):
    try:
        fn()
    except Exception as ex:
        show(traceback.format_exception(ex))

print('== sys.tracebacklimit')
sys.tracebacklimit = 1
show(traceback.format_exception(err))
sys.tracebacklimit = 0
show(traceback.format_exception(err))
del sys.tracebacklimit

print('== recursion')


def recurse(n):
    if n == 0:
        raise RecursionError('deep enough')
    return recurse(n - 1)


try:
    recurse(12)
except RecursionError as ex:
    show(traceback.format_exception(ex))
