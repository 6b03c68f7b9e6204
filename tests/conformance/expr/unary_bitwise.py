# Unary and bitwise operators
for n in (0, 1, 5, -1, -6, 255, 2**40):
    print(n, ~n, -n, +n, n & 0xF, n | 0x10, n ^ 0xFF, n >> 1, n << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(True + 0).__name__, ~False, ~True)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, bin(flags))
print(-1 >> 100, 1 << 100, -(1 << 100) >> 99)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 | 2)
except TypeError as e:
    print("TypeError:", e)
popcount = lambda v: bin(v).count("1")
print([popcount(v) for v in (0, 7, 8, 255, 2**64 - 1)])
