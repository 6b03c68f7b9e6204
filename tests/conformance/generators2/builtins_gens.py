# Iterator builtins and itertools consuming generators, including generators
# that raise midway; PEP 479; return values; generator expressions.
import itertools


def count(n):
    for i in range(n):
        yield i


def bad(n):
    for i in range(n):
        yield i
    raise ValueError("midway")


print(list(zip(count(3), "abc")), list(map(lambda x: x * 2, count(4))))
print(list(enumerate(count(3), 1)), sorted(count(5), reverse=True), sum(count(101)))
print(any(x > 3 for x in count(10)), all(x < 3 for x in count(10)), max(count(7)), min(count(7), default=-1))
a, b, *rest = count(5)
print(a, b, rest, [*count(3)], (*count(2),), {*count(3)}, dict(zip(count(3), count(3))))
for consumer in (list, tuple, set, sorted, sum, max, lambda it: [*it], lambda it: dict.fromkeys(it),
                 lambda it: list(zip(it, it)), lambda it: list(map(str, it)), lambda it: ''.join(map(str, it))):
    try:
        consumer(bad(3))
    except ValueError as e:
        print("ValueError", e)
try:
    x, y = bad(1)
except ValueError as e:
    print("unpack", e)
print(list(itertools.islice(count(100), 3, 6)), list(itertools.chain(count(2), count(3))))
print(list(itertools.takewhile(lambda v: v < 3, count(10))), list(itertools.accumulate(count(5))))
print(list(itertools.zip_longest(count(2), count(3), fillvalue='-')))
print([list(g) for k, g in itertools.groupby(x // 2 for x in range(6))])
t1, t2 = itertools.tee(count(3))
print(list(t1), list(t2))


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)


def next_inside():
    it = iter([])
    yield next(it)


try:
    next(next_inside())
except RuntimeError as e:
    print("RuntimeError:", e)


def with_return():
    yield 1
    return "value"


g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
print(list(with_return()))

ge = (x * x for x in range(4) if x)
print(ge.__name__, next(ge), list(ge), list(ge))
try:
    (1 / x for x in [1, 0]).__next__()
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print(repr(g)[:26], type(g).__name__)
g = count(2)
print(iter(g) is g, next(g), g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("exhausted", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(g.throw(ValueError) if False else "throw into exhausted:", end=" ")
try:
    g.throw(ValueError("x"))
except ValueError as e:
    print(e)
try:
    count(2).throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    count(2).throw(ValueError("v"), 1)
except TypeError as e:
    print("TypeError:", e)
h = count(3)
print(next(h), h.throw(ValueError, None) if False else "")
try:
    h.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
