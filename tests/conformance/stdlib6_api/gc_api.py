# gc module introspection and debugging API: get_objects (generation
# argument), get_referents / get_referrers, freeze / unfreeze /
# get_freeze_count, set_debug / get_debug and the DEBUG_* flags,
# DEBUG_SAVEALL filling gc.garbage, gc.callbacks around collections.
import gc
import io
import sys

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug(), gc.garbage, gc.callbacks, type(gc.garbage), type(gc.callbacks))

print('== referents')
print(gc.get_referents([1, 2, 3]), gc.get_referents((1, 'a', None)))
print(gc.get_referents({'a': 1, 'b': 2}), gc.get_referents({1: 'a', 2: 'b'}))
print(gc.get_referents(1), gc.get_referents('text'), gc.get_referents())
print(gc.get_referents({3, 1, 2}), gc.get_referents(frozenset([5])))
print(gc.get_referents([1], [2], (3,)))
inner = ['x']
print(gc.get_referents([inner])[0] is inner)

print('== referrers')
target = ['target']
holder = [target]
holder_dict = {'key': target}
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is holder_dict for r in refs))
print(gc.get_referrers())
lone = [object()]
print([type(r).__name__ for r in gc.get_referrers(lone[0])])

print('== get_objects')
print(type(gc.get_objects()).__name__, type(gc.get_objects(None)).__name__, type(gc.get_objects(-1)).__name__)
print(any(o is holder for o in gc.get_objects()), any(o is holder for o in gc.get_objects(generation=None)))
every = gc.get_objects(0) + gc.get_objects(1) + gc.get_objects(2)
print(any(o is holder for o in every))
for bad in (3, -2, 'x', 1.5):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print('== debug flags')
for bad in [('x',), ()]:
    try:
        gc.set_debug(*bad)
    except TypeError as e:
        print(e)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())

print('== freeze')
print(gc.get_freeze_count())
print(gc.freeze(), gc.get_freeze_count() > 0)
frozen_cycle = []
frozen_cycle.append(frozen_cycle)
print(gc.unfreeze(), gc.get_freeze_count())

print('== callbacks')
events = []


def recorder(phase, info):
    events.append((phase, sorted(info), info['generation']))


gc.callbacks.append(recorder)
gc.collect()
gc.collect(0)
gc.callbacks.remove(recorder)
print(events)
seen = []


def counter(phase, info):
    if phase == 'stop':
        seen.append(info['collected'])


gc.callbacks.append(counter)
a = []
a.append(a)
del a
b = [[]]
b[0].append(b)
del b
gc.collect()
gc.callbacks.remove(counter)
print(seen)


def failing(phase, info):
    raise ValueError('callback failed in ' + phase)


saved_stderr = sys.stderr
sys.stderr = captured = io.StringIO()
gc.callbacks.append(failing)
gc.collect()
gc.callbacks.remove(failing)
sys.stderr = saved_stderr
report = captured.getvalue().splitlines()
print([line for line in report if line.startswith('ValueError')])
print([line.split(' at ')[0] for line in report if line.startswith('Exception ignored')])

print('== DEBUG_SAVEALL')
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
cycle = []
cycle.append(cycle)
del cycle
print(gc.collect(), gc.garbage, type(gc.garbage[0]).__name__)
gc.set_debug(0)
saved = gc.garbage[0]
gc.garbage.clear()
saved.clear()
del saved
again = []
again.append(again)
del again
print(gc.collect(), gc.garbage)
