# Generator functions consumed in many ways
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(count_up(5)), max(count_up(4)), sorted(count_up(3), reverse=True))
for a, b in zip(count_up(3), "xyz"):
    print(a, b)
print(dict(enumerate(count_up(2))), set(count_up(3)), tuple(count_up(1)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
print(list(take(10, fib())))
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(5, evens(fib()))))
g2 = count_up(2)
print(next(g2), next(g2))
try:
    next(g2)
except StopIteration:
    print("exhausted")
