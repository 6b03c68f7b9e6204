# range objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5), range(0), range(-5), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[5:][-2])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5))
print(repr(range(1, 10, 2)), str(range(3)), range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
print(list(reversed(range(4))), sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[5], lambda: range(5).index(7), lambda: range("3")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(range(10)[3:100], range(10)[-100:2], range(0, 20, 5)[1:][1:], list(range(10)[::-3]))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
