# pprint: line breaking of nested containers, strings, bytes, width/indent/
# depth/compact/sort_dicts, collections types, recursion, saferepr.
import collections
import dataclasses
import pprint
import types

data = {
    'name': 'minipy',
    'numbers': list(range(30)),
    'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z') * 5}], 'b': {3, 1, 2}, 'c': frozenset({4, 5})},
    'text': 'the quick brown fox jumps over the lazy dog ' * 4,
    'bytes': bytes(range(40)),
    'ba': bytearray(b'hello world, this is a bytearray that is long enough to wrap around'),
    'tuple1': (1,),
    'empty': [[], {}, (), set(), '', b''],
    10: 'int key',
    (1, 2): 'tuple key',
}
pprint.pprint(data)
for width in [10, 20, 40, 60, 100]:
    print('--- width', width)
    pprint.pprint(data, width=width)
print('--- indent 4')
pprint.pprint(data, indent=4, width=50)
print('--- depth')
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=60)
print('--- compact')
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([list(range(12))] * 5, compact=True, width=40)
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)}, compact=True, width=30)
print('--- sort_dicts')
d = {'zeta': 1, 'alpha': [1] * 30, 'mid': {'y': 2, 'x': 1}}
pprint.pprint(d, sort_dicts=False, width=40)
pprint.pp(d, width=40)
print(pprint.pformat(d))
print('--- strings')
pprint.pprint('a' * 100)
pprint.pprint('line one\nline two is quite a bit longer than the first one\n' * 3)
pprint.pprint(['word ' * 30])
pprint.pprint({'key': 'word ' * 30})
pprint.pprint(('x' * 90,))
print('--- numbers')
pprint.pprint([10 ** 20, 1.5, -3, 2 ** 70, 1j], underscore_numbers=True)
pprint.pprint(list(range(10 ** 6, 10 ** 6 + 20)), underscore_numbers=True, width=60)
print('--- collections')
od = collections.OrderedDict((str(i), i * 1000) for i in range(15))
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'a': list(range(20)), 'b': list(range(25))})
pprint.pprint(dd)
c = collections.Counter('abracadabra' * 10 + 'xyzzy' * 3 + 'pqrstuvw')
pprint.pprint(c, width=30)
cm = collections.ChainMap({'a': list(range(20))}, {'b': list(range(20))})
pprint.pprint(cm)
dq = collections.deque(range(40))
pprint.pprint(dq)
pprint.pprint(collections.deque(range(40), maxlen=50))
ns = types.SimpleNamespace(alpha=list(range(20)), beta='text ' * 10, gamma={'k': 'v'})
pprint.pprint(ns)


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'point'


pprint.pprint(Point(1, list(range(30))))
pprint.pprint([Point(2, [1, 2])])
print('--- recursion')
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), 'ID'))
rd = {'self': None}
rd['self'] = rd
print(pprint.isrecursive(rd), pprint.isreadable(rd), pprint.isreadable([1, 'a']), pprint.isreadable([object]))
print(pprint.saferepr({'b': 2, 'a': [1, 2]}))
print('--- mixed keys and sets')
pprint.pprint({1: 'a', 'b': 2, 3.5: None, None: 0, (1,): []}, width=20)
pprint.pprint({3, 'a', 2.5, (1, 2), None, 'b' * 80})
pprint.pprint(frozenset(range(50)))
pp = pprint.PrettyPrinter(width=30, indent=2)
print(pp.pformat({'a': list(range(10)), 'b': 'x' * 40}))
print(pp.isrecursive(r), pp.isreadable([1]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
