# Module-level API gaps: types.UnionType / MappingProxyType / FrameType /
# MemberDescriptorType, copyreg.pickle_union, functools.get_cache_token /
# recursive_repr / RLock / GenericAlias, itertools without batched (3.12).
import copyreg
import functools
import itertools
import pickle
import sys
import types

print(types.UnionType, type(int | str) is types.UnionType, isinstance(int | None, types.UnionType))
print(types.FrameType, type(sys._getframe()) is types.FrameType)


class Slotted:
    __slots__ = ('a',)


print(types.MemberDescriptorType, type(Slotted.__dict__['a']) is types.MemberDescriptorType)
print(types.GetSetDescriptorType, types.MappingProxyType)

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, repr(m), str(m), len(m), list(m), m['a'], m.get('z'), m.get('z', 0), 'a' in m)
print(m.keys(), m.values(), m.items(), m.copy(), type(m.copy()).__name__)
print(m == {'a': 1, 'b': 2}, m != {}, m | {'c': 3}, {'z': 0} | m, list(reversed(m)))
print(types.MappingProxyType(types.MappingProxyType({1: 2})))
for bad in [lambda: hash(m), lambda: types.MappingProxyType([1]),
            lambda: types.MappingProxyType(), lambda: types.MappingProxyType(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    m['x'] = 1
except TypeError as e:
    print(e)
try:
    del m['a']
except TypeError as e:
    print(e)
try:
    m.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    mm = m
    mm |= {'q': 1}
except TypeError as e:
    print(e)
try:
    class Sub(types.MappingProxyType):
        pass
except TypeError as e:
    print(e)
print(types.MappingProxyType[int, str])
src = {'k': 'v'}
view = types.MappingProxyType(src)
src['k2'] = 'v2'
print(view, len(view))

print(pickle.loads(pickle.dumps(int | str)), pickle.loads(pickle.dumps(list[int] | None)))
print(copyreg.pickle_union(int | str)[1][1], copyreg.dispatch_table[types.UnionType] is copyreg.pickle_union)

print(hasattr(itertools, 'batched'))
import abc
print(functools.get_cache_token() == abc.get_cache_token(), functools.get_cache_token is abc.get_cache_token)
print(functools.RLock, functools.GenericAlias is types.GenericAlias)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = [self]

    @functools.recursive_repr()
    def __repr__(self):
        return f'Node({self.name}, {self.children})'

    @functools.recursive_repr('<loop>')
    def describe(self):
        return f'D{self.describe()}'


n = Node('root')
print(repr(n), n.describe())
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__module__, hasattr(Node.__repr__, '__wrapped__'))
