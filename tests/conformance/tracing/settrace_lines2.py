# sys.settrace: line events of many statement shapes, compared with CPython 3.11
# (for/else, while/else, break/continue through finally, nested with, except*,
# match, comprehensions, lambda, decorators, multi-line calls, assert, del,
# global, return inside with, generator expressions, a coroutine driven by send).
import sys

from _events import make_run

run = make_run(__file__, exc_message=False)


class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self.tag

    def __exit__(self, *exc):
        return False


def for_else():
    t = 0
    for i in range(2):
        t += i
    else:
        t += 10
    return t


def for_break_else():
    for i in range(5):
        if i == 1:
            break
    else:
        return 'no'
    return i


def while_else():
    n = 0
    while n < 2:
        n += 1
    else:
        n = -n
    return n


def break_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
            out.append(i)
        finally:
            out.append('f')
    return out


def continue_in_finally():
    out = []
    for i in range(2):
        try:
            continue
        finally:
            out.append(i)
    return out


def nested_with():
    with CM(1) as a:
        with CM(2) as b, \
                CM(3) as c:
            x = a + b + c
    return x


def return_in_with():
    with CM(5) as a:
        y = a * 2
        return y


def return_in_nested_with():
    with CM(1):
        with CM(2) as b:
            return b


def except_star():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        a = 1
    except* TypeError as e:
        b = len(e.exceptions)
    return a + b


def match_cases(v):
    match v:
        case 1:
            return 'one'
        case [x, y]:
            return 'pair'
        case {'k': w}:
            return 'map'
        case str() if len(v) > 2:
            return 'long'
        case _:
            return 'other'


def match_all():
    return [match_cases(v) for v in (1, [1, 2], {'k': 3}, 'abcd', 'a')]


def comprehensions():
    xs = [i * 2
          for i in range(2)
          if i >= 0]
    s = {i for i in xs}
    d = {k: v for k, v in zip(xs, xs)}
    return len(xs) + len(s) + len(d)


def lambdas():
    f = lambda a: (a +
                   1)
    return f(1)


def deco(fn):
    return fn


def decorators():
    @deco
    @deco
    def inner(
        a,
        b=2,
    ):
        return a + b
    return inner(1)


def sum3(a, b, c):
    return a + b + c


def multiline_call():
    r = sum3(
        1,
        2,
        c=3,
    )
    return r


def chained():
    a, b, c = 1, 2, 3
    if (a <
            b <
            c):
        return True
    return False


def asserts():
    x = 1
    assert x == 1
    assert x, 'msg'
    try:
        assert x == 2, 'no'
    except AssertionError as e:
        return str(e)


def deletes():
    a = 1
    b = [1, 2]
    del a
    del b[0], b[0]
    return b


G = 0


def globals_():
    global G
    G += 1
    return G


def genexp():
    return sum(x
               for x in range(3))


def gen():
    yield 1
    x = yield 2
    return x


def use_gen():
    g = gen()
    a = next(g)
    b = g.send(None)
    try:
        g.send(5)
    except StopIteration as e:
        return a, b, e.value


async def inner_coro():
    return 7


async def coro():
    x = await inner_coro()
    y = x + 1
    return y


def drive_coro():
    c = coro()
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


def if_elif():
    x = 3
    if x == 1:
        r = 'a'
    elif x == 3:
        r = 'b'
    else:
        r = 'c'
    return r


def try_else_finally():
    try:
        x = 1
    except ValueError:
        x = 2
    else:
        x = 3
    finally:
        x += 1
    return x


def return_multiline():
    x = 4
    return (x,
            x)


def with_exception():
    try:
        with CM(1):
            raise KeyError('k')
    except KeyError:
        return 'caught'


def while_true_continue():
    n = 0
    while True:
        n += 1
        if n < 3:
            continue
        break
    return n


def class_with_method():
    class K:
        x = 1

        def m(self):
            return self.x
    return K().m()


def raise_in_finally_lineno():
    try:
        try:
            1 / 0
        finally:
            y = 2
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno - raise_in_finally_lineno.__code__.co_firstlineno)
            tb = tb.tb_next
        return lines


def empty_eval_error():
    out = []
    for src in ('', '   ', '\n', '# c'):
        try:
            eval(src)
        except SyntaxError as e:
            out.append((e.lineno, e.offset, e.text))
    return out


run(for_else)
run(for_break_else)
run(while_else)
run(break_in_finally)
run(continue_in_finally)
run(nested_with)
run(return_in_with)
run(return_in_nested_with)
run(except_star)
run(match_all)
run(comprehensions)
run(lambdas)
run(decorators)
run(multiline_call)
run(chained)
run(asserts)
run(deletes)
run(globals_)
run(genexp)
run(use_gen)
run(drive_coro)
run(if_elif)
run(try_else_finally)
run(return_multiline)
run(with_exception)
run(while_true_continue)
run(class_with_method)
run(raise_in_finally_lineno)
run(empty_eval_error)
