# Context managers: classes, contextlib helpers, ExitStack, redirect_stdout.
import contextlib
import io
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext


class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print(f"open {self.name}")
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        return isinstance(exc, KeyError)


with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise KeyError("swallowed")
try:
    with Resource("c"), Resource("d"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
try:
    with Resource("e"), Resource("f", fail=True):
        print("never")
except RuntimeError as e:
    print("caught", e)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled inside tag")
    finally:
        print(f"</{name}>")


with tag("div") as t:
    with tag("p"):
        print("text", t)
with tag("x"):
    1 / 0
print("after")
try:
    with tag("y"):
        raise IndexError("out")
except IndexError as e:
    print("propagated", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(err.getvalue().strip())
with ExitStack() as stack:
    files = [stack.enter_context(Resource(f"file{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("opened", [f.name for f in files])
with ExitStack() as stack:
    stack.enter_context(Resource("keep"))
    moved = stack.pop_all()
print("stack closed; moved still open")
moved.close()


class Thing:
    def close(self):
        print("Thing closed")


with closing(Thing()):
    print("in closing")
with nullcontext(42) as v:
    print(v)


class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self

    def __exit__(self, *exc):
        print("exit deco")
        return False


@Reentrant()
def work(x):
    print("work", x)
    return x * 2


print(work(5))


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback: {e}")
        raise


log = []
with transaction(log):
    log.append("op1")
try:
    with transaction(log):
        log.append("op2")
        raise ValueError("bad op")
except ValueError:
    pass
print(log)
with contextlib.ExitStack() as es:
    def on_exit(exc_type, exc, tb):
        print("on_exit sees", exc_type)
        return True
    es.push(on_exit)
    raise LookupError("hidden")
print("done")
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
