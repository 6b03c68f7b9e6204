from collections import deque
d = deque([1, 2, 3], maxlen=3); d.append(4); print(d, d.maxlen, len(d), d[0], d[-1], 3 in d)
d.rotate(1); print(d); d.appendleft(9); print(d, list(reversed(d)))
e = deque(range(10)); e.rotate(-3); print(e); e.rotate(4); print(e)
print(e.pop(), e.popleft(), e, e.index(5), e.count(5))
e.insert(2, "x"); print(e); e.remove("x"); del e[0]; print(e, e == deque(e), e < deque([99]))
e.extendleft([1, 2]); print(e, bool(deque()), deque() * 3, deque([1]) * 3, deque([1]) + deque([2]))
e[0] = 'first'; print(e[0], e.copy(), deque('abc', 2), deque([], maxlen=3))
for exc_case in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
                 lambda: deque([1]).remove(7), lambda: deque([1]).index(7),
                 lambda: deque([1], 1).insert(0, 2), lambda: hash(deque()), lambda: deque(maxlen=-1)):
    try:
        exc_case()
    except Exception as x:
        print(type(x).__name__, x)
d = deque(); d.append(d); print(d)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as x:
    print(x)
class D(deque):
    pass
print(D([1, 2]), D([1]).copy(), type(D([1]).copy()).__name__)
q = deque()
total = 0
for i in range(100000):
    q.append(i)
    if len(q) > 10:
        total += q.popleft()
print(total, len(q), sum(q))
ring = deque(maxlen=5)
for i in range(12):
    ring.append(i)
print(ring, list(ring)[::-1], deque(reversed(ring)))
e = deque([3, 1, 2]); e.reverse(); print(e); e.extend(e); print(e); e.clear(); print(e, len(e))
d = deque([1, 2]); d += [3]; d *= 2; print(d)
