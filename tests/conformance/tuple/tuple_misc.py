# Tuple miscellany: count/index with ranges, conversions, tuple of tuples
t = tuple("mississippi")
print(t.count("s"), t.index("s"), t.index("s", 4), t.index("p", -3))
try:
    t.index("s", 7, 9)
except ValueError as e:
    print("ValueError:", e)
board = tuple(tuple((r * 3 + c) for c in range(3)) for r in range(3))
print(board, board[1][2], [row[::-1] for row in board])
print(tuple(zip(*board)), sum(sum(r) for r in board))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2) * 2, 3 * (0,))
args = (1, 2, 3)
def f(a, b, c): return a * 100 + b * 10 + c
print(f(*args), f(*args[::-1]), f(*(1,), *(2, 3)))
s = set()
for tpl in [(1, 2), (2, 1), (1, 2)]:
    s.add(tuple(sorted(tpl)))
print(s, len(s))
empty = ()
print(len(empty), bool(empty), empty + (1,), () == tuple())
print(((1,),), ((),), (((),),))
