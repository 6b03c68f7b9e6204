# threading.local (per-thread attributes, subclass __init__ per thread) and
# uncaught exceptions in threads: the default excepthook prints
# "Exception in thread NAME:" and the traceback to stderr; a custom
# threading.excepthook receives ExceptHookArgs; SystemExit is silent.
import io
import sys
import threading

data = threading.local()
data.x = 'main'
seen = []
sl = threading.Lock()


def use_local(i):
    print_missing = not hasattr(data, 'x')
    data.x = i
    for _ in range(100):
        assert data.x == i
    with sl:
        seen.append((i, print_missing, data.x))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen), data.x)


class Counted(threading.local):
    inits = 0

    def __init__(self, start):
        Counted.inits += 1
        self.value = start


c = Counted(7)
vals = []


def bump():
    c.value += 1
    vals.append(c.value)


t = threading.Thread(target=bump)
t.start()
t.join()
print(vals, c.value, Counted.inits)
try:
    del data.nothing
except AttributeError:
    print('AttributeError on del')


# default excepthook: capture stderr and keep what does not depend on paths
class Boom(threading.Thread):
    def run(self):
        raise ValueError('boom in %s' % self.name)


buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
try:
    b = Boom(name='exploder')
    b.start()
    b.join()
finally:
    sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print([ln.split(', ', 1)[1] for ln in lines if 'local_excepthook.py' in ln])
print([ln for ln in lines if ln.startswith('    raise')])
print(lines[-1])

# custom excepthook
got = []


def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                args.exc_traceback is not None))


threading.excepthook = hook


def fail():
    raise KeyError('k')


t = threading.Thread(target=fail, name='failing')
t.start()
t.join()
t = threading.Thread(target=lambda: sys.exit(3), name='exiting')
t.start()
t.join()
print(got)
threading.excepthook = threading.__excepthook__
buf = io.StringIO()
sys.stderr = buf
try:
    t = threading.Thread(target=lambda: sys.exit(3), name='quiet')
    t.start()
    t.join()
finally:
    sys.stderr = old
print(repr(buf.getvalue()))
print('main continues')
