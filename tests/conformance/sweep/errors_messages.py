# Error messages: wrong calls, unsupported operands, suggestions, KeyError repr, etc.
class Thing:
    color = "red"

    def __init__(self):
        self.size = 3

    def method(self, a, b=2, *, c):
        return a + b + c


def f(x, y, /, z, *, k):
    pass


def g(*args, **kw):
    pass


tests = [
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, k=5),
    lambda: f(1, y=2, z=3, k=4),
    lambda: f(1, 2, 3, k=4, extra=5),
    lambda: f(),
    lambda: Thing().method(),
    lambda: Thing().method(1),
    lambda: Thing().method(1, 2, 3, c=4),
    lambda: Thing().method(1, a=1, c=2),
    lambda: Thing(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: int(x=1),
    lambda: 5(),
    lambda: "abc"(),
    lambda: None(),
    lambda: 1 + "a",
    lambda: "a" - "b",
    lambda: [] * [],
    lambda: {} + {},
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: [1] < (1,),
    lambda: None < None,
    lambda: Thing() < Thing(),
    lambda: {}["missing"],
    lambda: {}[("a", 1)],
    lambda: {}[""],
    lambda: [][0],
    lambda: ()[5],
    lambda: [1, 2].remove(3),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: Thing().colr,
    lambda: Thing().sise,
    lambda: Thing.methd,
    lambda: "abc".uper(),
    lambda: [].apend(1),
    lambda: undefined_name,
    lambda: Thng,
    lambda: prnt("x"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: {1, {2}},
    lambda: int("abc"),
    lambda: int(None),
    lambda: float([]),
    lambda: list(1),
    lambda: tuple(None),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: [1, 2, 3][1:2:0],
    lambda: "abc"["x"],
    lambda: [1][1.0],
    lambda: sum(["a", "b"]),
    lambda: sum([1], "x"),
    lambda: max([]),
    lambda: min(1),
    lambda: sorted([1, "a"]),
    lambda: getattr(1, "nope"),
    lambda: setattr(1, "x", 2),
    lambda: object().x,
    lambda: type("X", (), {})().y,
    lambda: divmod(1, 0),
    lambda: 10 ** -1 // 0,
    lambda: abs("x"),
    lambda: round("x"),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: super(),
    lambda: range(1.5),
    lambda: range(0, 10, 0),
    lambda: zip(1),
    lambda: map(),
    lambda: enumerate(),
    lambda: open(),
    lambda: chr("a"),
    lambda: bytes("abc"),
    lambda: bytearray(-1),
    lambda: memoryview(1),
    lambda: (1, 2).count(),
    lambda: "".join(),
    lambda: print(sep=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: Thing.__init__(),
    lambda: object.__new__(1),
    lambda: int.__add__("a", 1),
    lambda: str.upper(1),
    lambda: [].sort(key=1),
    lambda: sorted([3, 1], reverse=None),
    lambda: a_b_c_d,
    lambda: __import__("no_such_module_xyz"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("no error")

import sys
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    from sys import nosuchname
except ImportError as e:
    print(e)


def scope():
    print(v)
    v = 1


try:
    scope()
except UnboundLocalError as e:
    print(e)


def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(e)
    w = 2


outer()
