# sys.settrace: line events of try statements, `while True:`, a class body's
# implicit return and returns through finally, as CPython 3.11 gives them
# (the `try:` line has its own event; the return's line comes before the
# finally body, and the return itself then runs on the finally's last line).
import sys

events = []


def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__ and not co.co_filename.endswith('settrace_try.py'):
        return None
    if co.co_name in ('tracer', 'run'):
        return None
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]))
    elif event == 'return' or event == 'call':
        a = repr(arg)
        if ' at 0x' in a:
            a = '<%s>' % type(arg).__name__
    else:
        a = None
    events.append((co.co_name, event, frame.f_lineno - co.co_firstlineno, a))
    return tracer


def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        r = fn(*args)
    except Exception as e:
        r = 'raised ' + type(e).__name__
    finally:
        sys.settrace(None)
    print('==', fn.__name__, r)
    for e in events:
        print('  ', *e)


def try_except():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 1
    return x


def try_finally():
    try:
        return 1
    finally:
        pass



def class_body():
    class K:
        a = 1
        b = a + 1
    return K.b


def while_true():
    n = 0
    while True:
        n += 1
        if n == 2:
            break
    return n


def finally_return():
    try:
        pass
    finally:
        return 'f'


run(class_body)
run(while_true)
run(finally_return)
run(try_except)
run(try_finally)
