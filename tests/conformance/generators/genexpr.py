# Generator expressions: laziness and scoping
calls = []
def f(x):
    calls.append(x)
    return x * 2
g = (f(x) for x in range(5))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(sum(x * x for x in range(10)), any(x > 5 for x in [1, 7]), all(x for x in []))
print(min((len(w), w) for w in "the quick brown fox".split()))
print(", ".join(str(i) for i in range(3)))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
items = [1, 2, 3]
g = (i for i in items)
items = [7, 8, 9]
print(list(g))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def source():
    for i in range(3):
        print("  producing", i)
        yield i
pipe = (v * 10 for v in source() if v != 1)
print("pipeline built")
for v in pipe:
    print("consumed", v)
print(sorted((c for c in "banana"), reverse=True), list(reversed([c for c in "abc"])))
try:
    (1 / 0 for _ in range(1))
    print("no error until consumed")
    list(1 / 0 for _ in range(1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError (eager first iterable):", e)
