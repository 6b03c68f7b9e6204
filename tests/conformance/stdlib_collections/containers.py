import collections
from collections import defaultdict, OrderedDict, namedtuple, Counter, ChainMap, deque
import collections.abc as cabc
d = defaultdict(list); d['a'].append(1); d['b'].append(2); print(d, d['c'], dict(d))
o = OrderedDict(a=1, b=2, c=3); o.move_to_end('a'); print(o); o.move_to_end('c', last=False); print(o, o.popitem(), o.popitem(last=False), OrderedDict())
P = namedtuple('Point', 'x y', defaults=[0]); p = P(1, 2); print(p, p.x, p._asdict(), p._replace(x=5), P._make([3,4]), P(7), P._fields)
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple))
c = Counter('abracadabra'); print(c, c.most_common(2), sorted(c.elements())[:5])
c.update('aaz'); c.subtract('b'); print(c, c + Counter('zz'), c - Counter('a'), Counter())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), list(cm), cm)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), isinstance(deque(), cabc.MutableSequence), issubclass(dict, cabc.MutableMapping))
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), cabc.Iterable), isinstance(MyIt(), cabc.Iterator), isinstance(5, cabc.Iterable))
try:
    P(1, 2, 3)
except TypeError as e: print(e)
