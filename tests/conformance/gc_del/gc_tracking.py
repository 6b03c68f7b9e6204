import gc
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
d = {}
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = [d]
print(gc.is_tracked(d))
class A: pass
a = A(); a.x = 1
print(gc.is_tracked(a), gc.is_tracked(a.__dict__))
# cycle through dict created untracked
l = []
e = {}
e['l'] = l
l.append(e)
del l, e
print(gc.collect() >= 2)
t = (1, 2, 'x')
gc.collect()
print(gc.is_tracked(t), gc.is_tracked((1, [])))
u = ((1, 2), None)
gc.collect()
print(gc.is_tracked(u))
print(type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[0]))
