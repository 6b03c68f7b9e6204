# sys.settrace line events over more statement shapes: closures, generator
# expressions, class bodies, exec'd module code, while True/break, with
# suppressing an exception, return inside finally, match, nested functions,
# conditional expressions, assert, del, augmented assignment of attributes.
import sys

from _events import make_run

run = make_run(__file__, '<shapes>', exc_message=False)


def closure():
    x = 1

    def inner():
        return x + 1
    return inner()


def genexp():
    return sum(i for i in range(3))


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


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def with_suppress():
    with Suppress():
        raise KeyError('k')
    return 'after'


def finally_return():
    try:
        pass
    finally:
        return 'f'


def matcher(v):
    match v:
        case [a, b]:
            return a + b
        case {'k': x}:
            return x
        case _:
            return None


def cond_expr(c):
    v = (1
         if c
         else 2)
    return v


def asserts():
    assert True
    x = [1, 2]
    del x[0]
    return x


class Obj:
    pass


def attr_aug():
    o = Obj()
    o.n = 1
    o.n += 2
    return o.n


def nested_calls():
    return len(str(abs(-5)))


def dict_comp():
    return {k: v for k, v in zip('ab', (1, 2))}


def exec_module():
    code = compile('x = 1\ny = x + 1\n', '<shapes>', 'exec')
    ns = {}
    exec(code, ns)
    return ns['y']


for f, args in ((closure, ()), (genexp, ()),
                (with_suppress, ()), (matcher, ([1, 2],)),
                (matcher, ({'k': 3},)), (matcher, (5,)), (cond_expr, (0,)),
                (asserts, ()), (attr_aug, ()), (nested_calls, ()), (dict_comp, ()),
                (exec_module, ())):
    run(f, *args)
