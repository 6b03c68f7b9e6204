# Generators as iterators: iter(g) is g, interleaving, exhaustion sharing
def nums():
    yield from range(5)
g = nums()
print(iter(g) is g, next(g), list(zip(g, g)))
def letters():
    for c in "abc":
        yield c
a, b = letters(), letters()
out = []
for x, y in zip(a, b):
    out.append(x + y)
print(out)
def gen_with_return():
    yield 1
    return 99
print(list(gen_with_return()), [x for x in gen_with_return()])
def infinite():
    n = 0
    while True:
        n += 1
        yield n
it = infinite()
print([next(it) for _ in range(5)], next(it))
print(list(x for x in infinite() if x % 7 == 0 for _ in [0] if x < 30) if False else [x for x in range(1, 30) if x % 7 == 0])
def squares_upto(limit):
    n = 0
    while n * n <= limit:
        yield n * n
        n += 1
print(list(squares_upto(50)), sum(squares_upto(1000)), 49 in squares_upto(50), 50 in squares_upto(50))
gl = lambda: (yield 5)
print(list(gl()))
