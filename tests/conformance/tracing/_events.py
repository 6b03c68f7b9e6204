# Shared by the settrace_* tests (not run itself: leading underscore): a
# tracer that records (function, event, line relative to the def, arg) for
# the code of the given files only, and run(), which traces one call and
# prints the events.
import sys


def make_run(*filenames, exc_message=True):
    events = []

    def tracer(frame, event, arg):
        co = frame.f_code
        if co.co_filename not in filenames:
            return None
        a = arg
        if event == 'exception':
            a = (arg[0].__name__, str(arg[1])) if exc_message else arg[0].__name__
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

    return run
