# Tuple creation, indexing, immutability
t = (1, "a", 3.0)
single = (5,)
empty = ()
notuple = (5)
print(t, single, empty, notuple, type(single).__name__, type(notuple).__name__)
print(t[0], t[-1], t[1:], t[::-1], len(t), t.count(1), t.index("a"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"x": 1}))
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
m = ([1, 2], 3)
m[0].append(99)
print(m)
try:
    m[0] += [100]
except TypeError as e:
    print("TypeError:", e)
print(m)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2), 2 in (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), repr(()), str(("a", 'b"')), ((1, 2), (3,)))
