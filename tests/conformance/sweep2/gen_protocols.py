# generator send/throw/close protocols, yield from delegation, coroutine-style consumers
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager got", repr(e))
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
for v in [10, 20, 30]:
    print(a.send(v))
print(a.throw(ValueError("ignored")))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in {"girls": [40.9, 38.5, 44.3], "boys": [39.0, 40.8, 43.2, 40.8]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)

def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  cleanup on close")
        raise
    finally:
        print("  finally runs")
c = closing()
print(next(c))
c.close()
print(c.gi_frame is None, c.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("  caught", e)
        except Exception as e:
            print("  other", type(e).__name__)
            return "done"
ct = catcher(); next(ct)
ct.throw(KeyError("k"))
try:
    ct.throw(TypeError)
except StopIteration as e:
    print("finished with", e.value)
try:
    ct.throw(ValueError("after end"))
except ValueError as e:
    print("re-raised:", e)

g = (x * x for x in range(3))
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(list(g))

def inner():
    x = yield "inner-1"
    print("  inner received", x)
    y = yield "inner-2"
    print("  inner received", y)
    return x + y
def outer():
    r = yield from inner()
    print("  outer got", r)
    yield "outer-done"
o = outer()
print(next(o), o.send(3), o.send(4))

def gen_state():
    yield 1
import inspect
gs = gen_state()
print(inspect.getgeneratorstate(gs)); next(gs)
print(inspect.getgeneratorstate(gs)); gs.close()
print(inspect.getgeneratorstate(gs))

def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(gen_state.__name__, gs.__name__, gs.__qualname__, type(gs).__name__)
