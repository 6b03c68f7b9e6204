# sys.setprofile installed inside a function (the running frames report
# their return), recursive yield from chains, throw(), RecursionError.
import sys
log = []
def show(frame, event, arg):
    if event.startswith('c_'):
        log.append((event, frame.f_code.co_name, getattr(arg, '__qualname__', '?')))
    else:
        log.append((event, frame.f_code.co_name, repr(arg) if not hasattr(arg, '__next__') else 'it'))
def inner_set():
    sys.setprofile(show)
    x = helper()
    return x
def helper():
    return 4
def outer():
    return inner_set() + 1
outer()
sys.setprofile(None)
for e in log: print(*e)
log.clear()
def deep(n):
    yield n
    if n:
        yield from deep(n - 1)
def gthrow():
    try:
        yield 1
    except ValueError:
        yield 'caught'
sys.setprofile(show)
print(list(deep(2)))
g = gthrow(); next(g); print(g.throw(ValueError)); g.close()
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    pass
sys.setprofile(None)
n = len(log)
for e in log[:40]: print(*e)
print(n > 1000)
print(sorted(set(e[0] for e in log)))
