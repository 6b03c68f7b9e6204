# sys.settrace: more line-event shapes compared with CPython 3.11: async with
# return, try/else returns, a generator's while True, match guards and
# multi-line patterns, nested try in loops, returns through except+finally,
# raise from, star-args calls, augmented attribute assignment.
import sys, asyncio
def tracer(frame, event, arg):
    co = frame.f_code
    if not co.co_filename.endswith('settrace_lines3.py') or co.co_name in ('tracer', 'run'): return None
    print('  ', co.co_name, event, frame.f_lineno - co.co_firstlineno)
    return tracer
def run(fn, *a):
    print('==', fn.__name__)
    sys.settrace(tracer)
    try: fn(*a)
    except Exception as e: print('raised', type(e).__name__)
    finally: sys.settrace(None)
class ACM:
    async def __aenter__(self): return 1
    async def __aexit__(self, *a): return False
async def aw():
    async with ACM() as a:
        return a
def drive():
    c = aw()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
def try_else_ret():
    try:
        x = 1
    except ValueError:
        return 0
    else:
        return x
def gen_loop():
    i = 0
    while True:
        yield i
        i += 1
        if i > 1:
            return
def use_gen():
    return list(gen_loop())
def match_guard(v=(1, 2)):
    match v:
        case (a, b) if (a >
                        b):
            return 1
        case (a,
              b):
            return 2
def nested_try():
    for i in range(2):
        try:
            try:
                if i:
                    raise ValueError
            finally:
                i += 1
        except ValueError:
            pass
    return i
def ret_in_except_finally():
    try:
        try:
            1/0
        except ZeroDivisionError:
            return 'x'
    finally:
        y = 1
def raise_from():
    try:
        raise KeyError
    except KeyError as e:
        raise ValueError from e
def star_args(*a, **k):
    return len(a) + len(k)
def call_star():
    return star_args(*[1, 2],
                     **{'x': 1})
def aug_attr():
    class O: pass
    o = O()
    o.x = 1
    o.x += (
        2)
    return o.x
for f in (drive, try_else_ret, use_gen, match_guard, nested_try, ret_in_except_finally, raise_from, call_star, aug_attr):
    run(f)


class P:
    __match_args__ = ('a',)


def match_class_error():
    match P():
        case P(a,
               b):
            return 1


try:
    match_class_error()
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno - match_class_error.__code__.co_firstlineno)
