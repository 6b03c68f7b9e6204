# Frame objects of finished frames reached through tracebacks: f_locals keeps
# the values the frame left (cells read at exit, unset locals absent), f_back,
# f_lineno, frame.clear(), and frames kept alive by other references.
import sys, gc


def leaf(a, b=2, *args, **kw):
    c = a + b
    d = [c]
    del b
    raise ValueError(c)


def with_cell(x):
    y = x * 2
    def inner():
        return y + x
    z = inner()
    raise KeyError(z)


def middle(n):
    local_m = n + 1
    return leaf(local_m, 5, 7, k=1)


def tb_frames(e):
    out = []
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno,
                    sorted(k for k in f.f_locals if k not in ('e',)),
                    f.f_back.f_code.co_name if f.f_back else None))
        tb = tb.tb_next
    return out


def main():
    try:
        middle(1)
    except ValueError as e:
        for row in tb_frames(e):
            print(row)
        lf = e.__traceback__.tb_next.tb_next.tb_frame
        print(lf.f_locals['a'], lf.f_locals['c'], lf.f_locals['d'], lf.f_locals['args'], lf.f_locals['kw'])
        print('b' in lf.f_locals, lf.f_locals is lf.f_locals)
        lf.clear()
        print(lf.f_locals)
    try:
        with_cell(3)
    except KeyError as e:
        f = e.__traceback__.tb_next.tb_frame
        print(sorted(k for k, v in f.f_locals.items() if not callable(v)), f.f_locals['inner'].__name__)
        print(f.f_locals['y'], f.f_locals['z'])
    # Keep the exception (and so the frames) after the handler.
    kept = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as e:
            kept.append(e)
    print([k.__traceback__.tb_next.tb_frame.f_locals['c'] for k in kept])
    # A frame object taken while the frame ran, then the frame finished normally.
    def grab():
        v = 42
        return sys._getframe()
    fr = grab()
    print(fr.f_locals, fr.f_back is sys._getframe(), fr.f_code.co_name)
    # Cycle: the frame's locals hold the exception that holds the frame.
    def cyc():
        try:
            raise RuntimeError("c")
        except RuntimeError as err:
            keep = err
        raise TypeError("t")
    try:
        cyc()
    except TypeError as e:
        f = e.__traceback__.tb_next.tb_frame
        print(type(f.f_locals['keep']).__name__, f.f_locals['keep'].__traceback__.tb_frame is f)
    print(gc.collect() >= 0)

    def gen():
        x = 1
        yield x
        raise ValueError("g")
    g = gen()
    next(g)
    try:
        next(g)
    except ValueError as e:
        f = e.__traceback__.tb_next.tb_frame
        print(f.f_code.co_name, f.f_locals, f.f_back)


main()
