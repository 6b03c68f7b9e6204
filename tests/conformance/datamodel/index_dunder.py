# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print("abcdef"[i], [10, 20, 30][i], "abcdef"[i:Idx(5)], hex(Idx(255)), bin(i), oct(Idx(8)), range(Idx(3)))
print(operator_like := [0, 1, 2, 3][Idx(-1)], int(Idx(7)) if hasattr(int, "__index__") else "x", "ab" * Idx(3))
class Num:
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    "abc"[Num()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(Num())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
