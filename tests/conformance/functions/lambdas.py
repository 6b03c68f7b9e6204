# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, z=2), (lambda: "no args")())
print(sq.__name__, (lambda: 0).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda s: s.startswith("t"), ["two", "one", "three"])))
ops = {"double": lambda x: 2 * x, "neg": lambda x: -x, "sq": sq}
print({k: f(5) for k, f in ops.items()})
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
Y = (lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a))))
print(Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))(6))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
print((lambda: (yield))().__class__.__name__ if False else "gen-lambda skip")
