# graphlib, reprlib, colorsys and quopri.
import graphlib, reprlib, colorsys, quopri, io
from graphlib import TopologicalSorter, CycleError
def show(label, f):
    try: r = f()
    except Exception as e: print(label, '->', type(e).__name__ + ':', e, e.args)
    else: print(label, '->', repr(r))
g = {'d': {'b', 'c'}, 'b': ['a'], 'c': ['a'], 'e': ['d', 'a']}
g = {'d': ['b', 'c'], 'b': ['a'], 'c': ['a'], 'e': ['d', 'a']}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(7)
show('get before', lambda: ts.get_ready())
show('active before', lambda: ts.is_active())
show('done before', lambda: ts.done(1))
ts.prepare()
show('prepare twice', lambda: ts.prepare())
show('add after', lambda: ts.add(9))
print(ts.get_ready(), bool(ts), ts.get_ready())
show('done unknown', lambda: ts.done(42))
show('done not ready', lambda: ts.done(3))
ts.done(0)
show('done twice', lambda: ts.done(0))
print(ts.get_ready(), ts.is_active())
ts.done(7, 1); print(ts.get_ready()); ts.done(2); print(ts.get_ready()); ts.done(3); print(ts.is_active(), ts.get_ready())
for cyc in ({1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['b'], 'd': ['a']}, {1: [1]}, {0: [1, 2], 1: [3], 2: [3], 3: [4, 0]}):
    try: TopologicalSorter(cyc).prepare()
    except CycleError as e: print('cycle', e.args, isinstance(e, ValueError))
print(TopologicalSorter[int], list(TopologicalSorter({'x': 'abc'}).static_order()))
# reprlib
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(2 ** 200), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}), reprlib.repr([{}, (), [], set()]))
import collections, array
print(reprlib.repr(collections.deque(range(20))), reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d')))
class Big:
    def __repr__(self): return 'B' * 50
class Bad:
    def __repr__(self): raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Bad()).startswith('<Bad instance at 0x'), reprlib.repr(1.5), reprlib.repr(None), reprlib.repr({3, 2.5, 1}))
r.maxlist = 2; r.fillvalue = '<+>'; r.maxstring = 10; r.maxlevel = 1
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijklmnop'), r.repr([[1, 2], [3]]), r.repr({'k': [1]}), r.repr([]))
class Rec:
    def __init__(self): self.me = self
    @reprlib.recursive_repr()
    def __repr__(self): return '<Rec %r>' % (self.me,)
class Rec2(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): 'doc'; return 'Rec2(' + ', '.join(map(repr, self)) + ')'
x = Rec2([1]); x.append(x)
print(repr(Rec()), repr(x), Rec2.__repr__.__name__, Rec2.__repr__.__qualname__, Rec2.__repr__.__doc__)
# colorsys
import itertools
vals = [0.0, 0.1, 0.25, 0.3333, 0.5, 0.6, 0.75, 0.9, 1.0]
for r_, g_, b_ in itertools.product(vals[::2], repeat=3):
    print(colorsys.rgb_to_hsv(r_, g_, b_), colorsys.rgb_to_hls(r_, g_, b_), colorsys.rgb_to_yiq(r_, g_, b_))
for a_, b_, c_ in itertools.product(vals[::2], repeat=3):
    print(colorsys.hsv_to_rgb(a_, b_, c_), colorsys.hls_to_rgb(a_, b_, c_), colorsys.yiq_to_rgb(a_, b_ - 0.5, c_ - 0.5))
print(colorsys.hsv_to_rgb(-0.2, 0.5, 0.5), colorsys.hls_to_rgb(1.7, 0.3, 0.2))
# quopri
for data in [b'hello world', b'caf\xc3\xa9 = 100%', b'tab\tend \n', b'x' * 100, b'a_b c', b'line1\r\nline2\n', b'trailing space \nnext', b'=\n', b'']:
    e1 = quopri.encodestring(data); e2 = quopri.encodestring(data, quotetabs=True); e3 = quopri.encodestring(data, header=True)
    print(e1, e2, e3, quopri.decodestring(e1) == data, quopri.decodestring(e3, header=True))
print(quopri.decodestring(b'a=3Db=\nc=ZZ=4'), quopri.decodestring(b'a_b', header=True))
out = io.BytesIO(); quopri.encode(io.BytesIO(b'\xff\xfe tab\t'), out, quotetabs=False); print(out.getvalue())
out = io.BytesIO(); quopri.decode(io.BytesIO(b'=FF=FE'), out); print(out.getvalue())
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False), quopri.needsquoting(b'_', False, True), quopri.quote(b'\xab'), quopri.ishex(b'f'), quopri.unhex(b'ff'))
