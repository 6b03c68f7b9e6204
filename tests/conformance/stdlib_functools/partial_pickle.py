import pickle, copy
from functools import partial

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

p = partial(power, exp=3)
q = pickle.loads(pickle.dumps(p))
print(q(2), q.func is power, q.args, q.keywords)
p2 = partial(power, 5, mod=7)
p2.note = "hello"
q2 = pickle.loads(pickle.dumps(p2))
print(q2(2), q2.args, q2.keywords, q2.note)
c = copy.deepcopy(p2)
print(c(3), c.note, c is p2)
print(list(map(partial(power, exp=2), range(5))))
s = partial(power)
try:
    s.__setstate__((power, [1], None, None))
except TypeError as e:
    print("TypeError:", e)
try:
    s.__setstate__((1, 2))
except TypeError as e:
    print("TypeError:", e)
s.__setstate__((power, (2,), None, None))
print(s(10), s.keywords)
