# frame.f_locals of a running function frame: one dict per frame, brought up
# to date on each access, and what a trace function assigns there goes back
# into the frame (CPython's FastToLocals / LocalsToFast around trace calls).
import sys


def f():
    x = 1
    y = 2
    return x + y


def tr(frame, event, arg):
    if frame.f_code is f.__code__ and event == 'line':
        rel = frame.f_lineno - f.__code__.co_firstlineno
        if rel == 2:
            d = frame.f_locals
            print('same dict', d is frame.f_locals, sorted(d))
        if rel == 3:
            frame.f_locals['x'] = 100
    return tr


sys.settrace(tr)
print(f())
sys.settrace(None)


def g():
    a = 1
    fr = sys._getframe()
    d1 = fr.f_locals
    b = 2
    d2 = fr.f_locals
    return d1 is d2, sorted(d2), d1['b']


print(g())
print(type(sys._getframe().f_locals).__name__, sys._getframe().f_locals is globals())
