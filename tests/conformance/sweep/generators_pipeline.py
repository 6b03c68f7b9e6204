# Generator pipelines, send/throw/close, yield from, closures and nonlocal.
import itertools


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse_pairs(lines):
    for line in lines:
        k, _, v = line.partition(":")
        yield k.strip(), v.strip()


CONFIG = """
# sample
host: example.org
port: 8080   # default
  debug: yes
# end
"""
pipeline = parse_pairs(strip_comments(read_lines(CONFIG)))
print(type(pipeline).__name__, dict(pipeline), list(pipeline))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)


results = []
d = delegator(results)
next(d)
for v in [10, 20, 30]:
    print(d.send(v))
d.send(None)
for v in [1, 2]:
    d.send(v)
d.send(None)
print(results)


def gen_with_cleanup():
    try:
        for i in itertools.count():
            try:
                yield i
            except ValueError as e:
                print("caught in gen:", e)
                yield "recovered"
    finally:
        print("cleanup")


g = gen_with_cleanup()
print(next(g), next(g), g.throw(ValueError("bad")), next(g))
g.close()
print(g.gi_frame is None)
try:
    next(g)
except StopIteration:
    print("exhausted")


def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get


inc, get = counter(10)
inc()
inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 15)))
print(sum(x for x in fib() if x % 2 == 0 and x < 4000000) if False else sum(itertools.takewhile(lambda x: x < 100, (x for x in fib() if x % 2 == 0))))
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], 6], [[[7]]]])))


def g2():
    x = yield 1
    print("got", x)
    y = yield 2
    return x + y


it = g2()
print(next(it), it.send(10))
try:
    it.send(5)
except StopIteration as e:
    print("return value", e.value)


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__)
try:
    g3 = gen_with_cleanup()
    next(g3)
    g3.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(iter(range(5)), "default"), next(iter([]), "empty"))
x = 0


def modify_global():
    global x
    x += 1


modify_global()
modify_global()
print(x)
