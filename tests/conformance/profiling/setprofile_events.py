# sys.setprofile: the events CPython 3.11 delivers, their frames and args.
import sys
import threading

log = []


def show(frame, event, arg):
    if event.startswith('c_'):
        name = getattr(arg, '__qualname__', None) or getattr(arg, '__name__', '?')
        log.append((event, frame.f_code.co_name, name))
    else:
        back = frame.f_back.f_code.co_name if frame.f_back else None
        log.append((event, frame.f_code.co_name, repr(arg), back))


def flush(title):
    print('--', title)
    for e in log:
        print(*e)
    log.clear()


def g(x):
    return x * 2


def f(x):
    return len([x]) + g(x)


def boom():
    raise KeyError(1)


def catcher():
    try:
        boom()
    except KeyError:
        pass
    d = {}
    try:
        d.pop('y')
    except KeyError:
        pass
    m = d.get
    m(1)
    [].append(1)
    str.upper("a")
    max(*[1, 2])
    sorted([3, 1], key=lambda v: -v)
    return 5


def gen():
    x = yield 1
    yield from sub()
    return x


def sub():
    yield 10
    return 11


sys.setprofile(show)
f(3)
sys.setprofile(None)
flush('calls')

sys.setprofile(show)
catcher()
sys.setprofile(None)
flush('builtins and exceptions')

sys.setprofile(show)
it = gen()
next(it)
it.send(5)
next(it, None)
for v in gen():
    pass
sys.setprofile(None)
flush('generators')


async def inner():
    return 7


async def co():
    return await inner()


sys.setprofile(show)
c = co()
try:
    c.send(None)
except StopIteration as e:
    r = e.value
sys.setprofile(None)
flush('coroutines')
print('value', r)


class K:
    def __init__(self):
        self.v = 1

    @property
    def p(self):
        return self.v


sys.setprofile(show)
k = K()
k.p
sys.setprofile(None)
flush('classes')


# The hook sees live frames with their locals.
def peek(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        print('locals at call', sorted(frame.f_locals.items()))
    if event == 'return' and frame.f_code.co_name == 'target':
        print('locals at return', sorted(frame.f_locals.items()), 'arg', arg)


def target(a, b=2):
    c = a + b
    return c


sys.setprofile(peek)
target(1)
sys.setprofile(None)


# A hook that raises is removed and its exception propagates.
def raiser(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        raise RuntimeError("from the hook")


sys.setprofile(raiser)
try:
    target(1)
except RuntimeError as e:
    print('caught', e, sys.getprofile())


def raiser2(frame, event, arg):
    if event == 'c_return':
        raise ValueError("c_return")


sys.setprofile(raiser2)
try:
    len([])
except ValueError as e:
    print('caught', e, sys.getprofile())

# No events while the hook runs; getprofile returns the hook.
depth = []


def nested(frame, event, arg):
    depth.append(event)
    g(1)


sys.setprofile(nested)
print(sys.getprofile() is nested)
g(2)
sys.setprofile(None)
print(depth)
print(sys.getprofile())

# threading.setprofile: installed in threads started afterwards.
seen = []


def thread_hook(frame, event, arg):
    if event == 'call':
        seen.append(frame.f_code.co_name)


def worker():
    g(5)


threading.setprofile(thread_hook)
t = threading.Thread(target=worker)
t.start()
t.join()
threading.setprofile(None)
print('thread saw g:', 'g' in seen, 'worker:', 'worker' in seen)

try:
    sys.setprofile()
except TypeError as e:
    print(e)
try:
    sys.getprofile(1)
except TypeError as e:
    print(e)
