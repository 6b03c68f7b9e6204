# CPython's exact argument-binding error messages
def f(x): return x
def g(a, b): return a + b
def h(a, b=1, *, c): return a
def p(a, /, b): return a
def k(*, key): return key
class C:
    def m(self, x): return x
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: h(1),
    lambda: h(1, 2, 3, c=4),
    lambda: p(a=1, b=2),
    lambda: k(1),
    lambda: k(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: f(**{"x": 1, "y": 2}),
    lambda: g(*[1], **{"a": 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, q: q)(),
    lambda: len(),
    lambda: len([], []),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: g(1, **{"b": 2}, b=3),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
