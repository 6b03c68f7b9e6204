# sys.settrace: call/line/return/exception events over common statement shapes.
import sys

from _events import make_run

run = make_run(__file__)


def simple(a):
    b = a + 1
    c = b * 2
    return c


def one_line(): return 1


def loop_for(n):
    t = 0
    for i in range(n):
        t += i
    return t


def loop_while(n):
    i = 0
    while i < n:
        i += 1
    return i


def branches(x):
    if x > 1:
        y = 1
    elif x > 0:
        y = 2
    else:
        y = 3
    return y


def callee(x):
    return x * 2


def caller():
    a = callee(1)
    b = callee(2)
    return a + b


def raiser():
    raise ValueError('bad')


def propagate():
    raiser()


def gen():
    yield 1
    yield 2


def use_gen():
    total = 0
    for v in gen():
        total += v
    return total


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def with_stmt():
    with CM() as c:
        x = 1
    return x


def multi_line(a,
               b):
    x = (a +
         b)
    return [x,
            x]


def comp():
    return [i * 2 for i in range(2)]


def passer():
    pass


def nested_loop():
    s = 0
    for i in range(2):
        for j in range(2):
            s += j
    return s


def break_continue():
    for i in range(4):
        if i == 1:
            continue
        if i == 3:
            break
    return i


for f in (simple, one_line, loop_for, loop_while, branches,
          caller, propagate, use_gen, with_stmt, comp, passer, nested_loop, break_continue):
    if f is loop_for or f is loop_while:
        run(f, 3)
    elif f is branches:
        run(f, 0)
    elif f is simple:
        run(f, 1)
    else:
        run(f)
run(multi_line, 1, 2)
print(sys.gettrace())
