from collections import namedtuple
class P(tuple):
    pass
p = P((1, 2))
p.x = 5
print(p, p.x, p.__dict__, len(p), p[1])
class S(str): pass
s = S("hi"); s.tag = 1; print(s, s.tag, s.upper(), vars(s))
class S2(S):
    __slots__ = ()
s2 = S2("yo"); s2.a = 3; print(s2.a)
Pt = namedtuple('Pt', 'x y')
class Pt3(Pt):
    def norm(self): return self.x + self.y
q = Pt3(1, 2); q.extra = 'e'; print(q, q.norm(), q.extra)
class Pt4(Pt):
    __slots__ = ()
try:
    Pt4(1, 2).z = 3
except AttributeError as e:
    print("AE", e)
import gc
class T(tuple): pass
t = T([1, 2]); t.me = t; del t; print(gc.collect() >= 1)
try:
    class Bad(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print("TE", e)
class E(str):
    def __init__(self, v): self.v = v * 2
print(E("ab").v, E("ab"))
