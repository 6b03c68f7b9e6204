# sys.settrace semantics: the local trace function, f_trace, f_trace_lines,
# f_trace_opcodes, None results, failing trace functions, generators and
# coroutines (a 'call' on every resume), decorators, lambdas, nested
# settrace, sys.gettrace and threading.settrace.
import sys
import threading

log = []


def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def show(title):
    print('==', title)
    for e in log:
        print('  ', *e)
    log.clear()


# ---- a global function that only traces calls (returns None: no local events)
def calls_only(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        log.append((frame.f_code.co_name, event, rel(frame)))
    return None


def a():
    x = 1
    return b(x)


def b(y):
    return y + 1


sys.settrace(calls_only)
a()
sys.settrace(None)
show('calls only')


# ---- a different local trace function per frame
def local_tr(frame, event, arg):
    log.append(('local', frame.f_code.co_name, event, rel(frame)))
    return local_tr


def global_tr(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append(('global', frame.f_code.co_name, event, rel(frame)))
    if frame.f_code.co_name == 'b':
        return local_tr
    return None


sys.settrace(global_tr)
a()
sys.settrace(None)
show('local function for b only')


# ---- the local function's None result keeps f_trace (CPython 3.11)
count = [0]


def sometimes_none(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append((frame.f_code.co_name, event, rel(frame)))
    count[0] += 1
    if event == 'line':
        return None
    return sometimes_none


def three_lines():
    p = 1
    q = 2
    return p + q


sys.settrace(sometimes_none)
three_lines()
sys.settrace(None)
show('None from a line event')


# ---- f_trace_lines = False: no line events; f_trace_opcodes = True: opcode events
def no_lines(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_lines = False
    log.append((frame.f_code.co_name, event, rel(frame)))
    return no_lines


sys.settrace(no_lines)
three_lines()
sys.settrace(None)
show('f_trace_lines False')

opcodes = []


def with_opcodes(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'call':
        frame.f_trace_opcodes = True
    opcodes.append(event)
    return with_opcodes


sys.settrace(with_opcodes)
three_lines()
sys.settrace(None)
print('opcode events seen:', 'opcode' in opcodes, opcodes[0], opcodes[-1], opcodes.count('line'))


# ---- an exception in the trace function: tracing stops, the exception propagates
def failing(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'line' and rel(frame) == 2:
        raise RuntimeError('trace failed')
    return failing


try:
    sys.settrace(failing)
    three_lines()
except RuntimeError as e:
    print('caught', e, sys.gettrace())
sys.settrace(None)


# ---- generators: a 'call' on every resume, 'return' on every yield
def gen(n):
    for i in range(n):
        yield i
    return 'done'


def full(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name in ('show', 'rel'):
        return None
    log.append((frame.f_code.co_name, event, rel(frame), arg if event == 'return' else None))
    return full


sys.settrace(full)
g = gen(2)
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    pass
sys.settrace(None)
show('generator resumes')


# ---- coroutines
async def inner_coro():
    return 5


async def outer_coro():
    v = await inner_coro()
    return v * 2


sys.settrace(full)
c = outer_coro()
try:
    c.send(None)
except StopIteration as e:
    r = e.value
sys.settrace(None)
show('coroutine ' + str(r))


# ---- decorators, lambdas, multi-line calls
def deco(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def decorated(v):
    return v


def use_lambda():
    f = lambda z: z + 1
    return f(
        2)


sys.settrace(full)
decorated(3)
use_lambda()
sys.settrace(None)
show('decorators and lambdas')


# ---- f_trace set on a running frame (what debuggers' set_trace does)
def set_here():
    frame = sys._getframe()
    frame.f_trace = local_tr
    sys.settrace(global_tr)
    x = 1
    y = 2
    sys.settrace(None)
    return x + y


set_here()
show('f_trace on the running frame')


# ---- gettrace, settrace argument errors, threading.settrace
print(sys.gettrace())
sys.settrace(full)
print(sys.gettrace() is full)
sys.settrace(None)
for args in ((), (1, 2)):
    try:
        sys.settrace(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.gettrace(1)
except TypeError as e:
    print('TypeError', e)

seen = []


def thread_tr(frame, event, arg):
    if frame.f_code.co_name == 'work':
        seen.append(event)
    return thread_tr


def work():
    return 1


threading.settrace(thread_tr)
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)
print('thread events', seen, threading.gettrace(), sys.gettrace())

# ---- recursion under tracing
def rec(n):
    return 0 if n == 0 else rec(n - 1) + 1


calls = [0]


def count_calls(frame, event, arg):
    if event == 'call':
        calls[0] += 1
    return None


sys.settrace(count_calls)
rec(50)
sys.settrace(None)
print('calls', calls[0])

# ---- a trace and a profile function together: the trace function first;
# c_call/c_return go to the profile function only
both = []


def tr_both(frame, event, arg):
    if frame.f_code.co_name == 'two_hooks':
        both.append(('trace', event))
    return tr_both


def pr_both(frame, event, arg):
    if frame.f_code.co_name == 'two_hooks' or event.startswith('c_'):
        both.append(('profile', event, getattr(arg, '__name__', None)))


def two_hooks():
    x = len([1])
    return x


sys.settrace(tr_both)
sys.setprofile(pr_both)
two_hooks()
sys.setprofile(None)
sys.settrace(None)
for e in both:
    print('  ', *e)
