# The exception being handled (sys.exc_info) inside a delegation chain: levels
# that delegate from inside an except block, a leaf that yields inside one, and
# resumers that are or are not handling an exception themselves, in any order.
import sys


def cur():
    e = sys.exc_info()[1]
    return repr(e) if e is not None else "-"


def leaf(tag):
    log = [cur()]
    x = yield tag + ":start"
    log.append(cur())
    try:
        raise ValueError(tag)
    except ValueError:
        y = yield tag + ":in-except"
        log.append(cur())
    z = yield tag + ":after"
    log.append(cur())
    return log


def plain(n, tag):
    if n == 0:
        return (yield from leaf(tag))
    return (yield from plain(n - 1, tag))


def guarded(n, tag):
    # delegates from inside an except block at level n
    if n == 0:
        return (yield from leaf(tag))
    if n == 2:
        try:
            raise KeyError(tag)
        except KeyError:
            r = yield from guarded(n - 1, tag)
            r.append("lvl2 " + cur())
            return r
    return (yield from guarded(n - 1, tag))


# (Each except block that spans a yield is entered while the resumer handles
# no exception: minipy saves the resumer's exception on the generator's stack
# there, which must not outlive that resume.)
for maker, patterns in ((plain, ([False] * 4, [True, False, True, False])),
                        (guarded, ([False] * 4, [False, True, False, True], [False, True, True, True]))):
    for pattern in patterns:
        g = maker(5, maker.__name__)
        out = []
        try:
            for h in pattern:
                if h:
                    try:
                        raise OSError("resumer")
                    except OSError:
                        out.append(next(g))
                else:
                    out.append(next(g))
        except StopIteration as e:
            out.append(e.value)
        print(maker.__name__, pattern, out, cur())

# an exception raised at depth gets the handled exception of the levels as context
def ctx_leaf():
    yield 1
    raise IndexError("deep")


def ctx_level(n):
    if n == 3:
        try:
            raise KeyError("level3")
        except KeyError:
            return (yield from ctx_level(n - 1))
    if n == 0:
        return (yield from ctx_leaf())
    return (yield from ctx_level(n - 1))


for handled in (False, True):
    g = ctx_level(6)
    next(g)
    try:
        if handled:
            try:
                raise OSError("outer")
            except OSError:
                next(g)
        else:
            next(g)
    except IndexError as e:
        print("context:", repr(e.__context__), repr(e.__context__.__context__))


# bare raise in a leaf re-raises the resumer's / a level's exception
def reraiser():
    yield
    raise


def rr_level(n, guard):
    if n == 0:
        return (yield from reraiser())
    if guard and n == 1:
        try:
            raise LookupError("lvl1")
        except LookupError:
            return (yield from rr_level(n - 1, guard))
    return (yield from rr_level(n - 1, guard))


for guard in (False, True):
    for handled in (False, True):
        g = rr_level(4, guard)
        next(g)
        try:
            if handled:
                try:
                    raise OSError("resumer")
                except OSError:
                    next(g)
            else:
                next(g)
        except Exception as e:
            print("reraise", guard, handled, repr(e))
print("done", cur())


# a level enters an except block between resumes and delegates again from
# there, while the resumer handles the same exception object every time
KEEP = OSError("kept alive")


def short(tag):
    yield tag + "1"
    yield tag + "2:" + cur()


def switching():
    yield from short("a")
    try:
        raise KeyError("switching")
    except KeyError:
        yield from short("b")
    yield "after:" + cur()


def wrapper(n):
    if n == 0:
        return (yield from switching())
    return (yield from wrapper(n - 1))


for handled in (False, True):
    g = wrapper(6)
    out = []
    for _ in range(6):
        if handled:
            try:
                raise KEEP
            except OSError:
                out.append(next(g, "end"))
        else:
            out.append(next(g, "end"))
    print(handled, out, cur())
