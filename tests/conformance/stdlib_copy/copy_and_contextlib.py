import copy, contextlib, sys
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
a = [1, [2, 3], {'k': [4]}]; b = copy.copy(a); c = copy.deepcopy(a)
b[1].append(9); print(a, b, c, c[1] is a[1], b[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.me = self
p = P([1]); q = copy.deepcopy(p); print(q.x, q.x is p.x, q.me is q)
class W:
    def __init__(self, v): self.v = v
    def __copy__(self): print('copy!'); return W(self.v)
    def __deepcopy__(self, memo): print('deep!'); return W(copy.deepcopy(self.v, memo))
copy.copy(W(1)); copy.deepcopy([W(2)])
d = deque([1, [2]]); e = copy.deepcopy(d); print(e, e[1] is d[1])
dd = defaultdict(list, a=[1]); print(copy.deepcopy(dd), copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter('aab')))
Pt = namedtuple('Pt', 'x y'); print(copy.deepcopy(Pt(1, [2])))
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('b') as n: print('inside', n)
try:
    with tag('x'): raise ValueError('err')
except ValueError as e: print('caught', e)
with contextlib.suppress(KeyError): {}['a']
print('after suppress')
class R:
    def close(self): print('closed')
with contextlib.closing(R()): pass
with contextlib.nullcontext(5) as v: print(v)
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1'); st.enter_context(tag('s')); st.callback(print, 'cb2')
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
buf = Buf()
with contextlib.redirect_stdout(buf): print('hidden')
print(buf.parts)
@tag('deco')
def fn(): print('body')
fn()
