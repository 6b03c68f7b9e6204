# any, all, isinstance, issubclass, callable, type
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
checks = [(1, int), (True, int), (1.0, int), ("s", str), ([], (list, tuple)), (None, type(None)), (int, type), (type, object)]
for obj, typ in checks:
    print(repr(obj), isinstance(obj, typ))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, object), issubclass(str, (int, str)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(lambda: 0), callable(1), callable(int), callable("s".upper))
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
T = type("T", (), {"v": 1})
print(T.__name__, T().v, type(T()) is T)
print(isinstance(1, int | str), isinstance("a", int | None), int | str)
