# traceback.tb_frame is a real frame object that outlives its frame: f_code,
# f_locals (as the frame left them), f_lineno, f_back, f_globals, clear(),
# and the stdlib helpers built on them.
import sys
import traceback
import inspect
import gc


def inner(a, b):
    c = a + b
    return c / 0


def outer(x):
    y = x * 2
    return inner(y, 1)


try:
    outer(3)
except ZeroDivisionError as e:
    tb = e.__traceback__

frames = []
t = tb
while t is not None:
    f = t.tb_frame
    frames.append(f)
    print(type(f).__name__, f.f_code.co_name, t.tb_lineno, f.f_lineno,
          sorted(k for k in f.f_locals if not k.startswith('__')) if f.f_code.co_name != '<module>' else '-')
    t = t.tb_next

fi = frames[-1]
print(fi.f_locals)
print(frames[1].f_locals)
print(fi.f_back is frames[1], frames[1].f_back is frames[0])
print(fi.f_globals is globals(), fi.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
print(fi.f_lasti >= 0, isinstance(fi.f_lasti, int))
print(repr(fi).startswith('<frame at 0x'), repr(fi).endswith("line 12, code inner>"))

for f, lineno in traceback.walk_tb(tb):
    print('walk', f.f_code.co_name, lineno)

summary = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
for fs in summary:
    print('summary', fs.name, fs.lineno, fs.line, fs.locals if fs.name != '<module>' else '')

for fi_ in inspect.getinnerframes(tb):
    print('inner', fi_.function, fi_.lineno, fi_.code_context, inspect.isframe(fi_.frame))

try:
    outer(1)
except ZeroDivisionError:
    for fi_ in inspect.trace():
        print('trace', fi_.function, fi_.lineno, fi_.frame.f_code.co_name)

print(''.join(traceback.format_tb(tb)).count('\n'))
print(traceback.format_exception_only(ZeroDivisionError, ZeroDivisionError('division by zero')))

# clear() drops the locals of a finished frame; a running frame cannot be cleared.
fi.clear()
print(fi.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError', e)

# A frame <-> locals cycle is collected.
import weakref


class Marker:
    pass


def make_cycle():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e  # err -> traceback -> frame -> locals -> err
    return weakref.ref(m)


r = make_cycle()
gc.collect()
print('collected', r() is None)

# inspect.currentframe / sys._getframe still give live frames.
def here():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(0) is f


print(here())

# logging prints the traceback of an exception.
import logging
import io
buf = io.StringIO()
logging.basicConfig(stream=buf, format='%(levelname)s %(message)s')
try:
    outer(2)
except ZeroDivisionError:
    logging.exception('failed')
text = buf.getvalue().replace(__file__, 'FILE')
print(text.splitlines()[0], text.count('File'), text.splitlines()[-1])
