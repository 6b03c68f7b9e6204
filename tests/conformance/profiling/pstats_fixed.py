# pstats on fixed statistics (so times are exact): sorting keys and their
# abbreviations, print_stats / print_callers / print_callees layouts for
# cProfile-style (tuple) and profile-style (count) callers, add, strip_dirs,
# dump_stats / load, get_stats_profile, errors.
import os
import pstats
import tempfile
from pstats import SortKey


class Fake:
    def __init__(self, stats):
        self.stats = stats

    def create_stats(self):
        pass


A = ('/usr/lib/a.py', 10, 'alpha')
B = ('/usr/lib/b.py', 3, 'beta')
C = ('/home/c.py', 7, 'gamma')
L = ('~', 0, "<built-in method builtins.len>")
M = ('~', 0, "<method 'append' of 'list' objects>")

cstats = {
    A: (1, 1, 0.5, 2.25, {}),
    B: (2, 5, 1.125, 1.5, {A: (5, 2, 1.125, 1.5)}),
    C: (3, 3, 0.25, 0.375, {A: (2, 2, 0.125, 0.25), B: (1, 1, 0.125, 0.125)}),
    L: (4, 4, 0.0625, 0.0625, {B: (3, 3, 0.03125, 0.03125), C: (1, 1, 0.03125, 0.03125)}),
    M: (1, 1, 0.001, 0.001, {C: (1, 1, 0.001, 0.001)}),
}
pstats_ = dict((k, (v[0], v[1], v[2], v[3], {c: t[0] for c, t in v[4].items()})) for k, v in cstats.items())

s = pstats.Stats(Fake(dict(cstats)))
s.print_stats()
for key in ['calls', 'cumulative', 'cumtime', 'file', 'filename', 'module', 'line', 'name', 'nfl',
            'pcalls', 'stdname', 'time', 'tottime', 'cu', 'tot', 'std', 'pc']:
    s.sort_stats(key)
    print(key, '->', s.sort_type, [f[2] for f in s.fcn_list])
for k in [-1, 0, 1, 2]:
    s.sort_stats(k)
    print(k, '->', s.sort_type, [f[2] for f in s.fcn_list])
s.sort_stats(SortKey.TIME, SortKey.NAME)
print(s.sort_type)
s.sort_stats('calls', 'line').print_stats()
s.print_stats(2, 'a')
s.print_stats(0.4)
s.print_stats('(')
s.sort_stats('name').print_callers()
s.print_callees()
s.print_callees('beta')
s.reverse_order().print_stats(3)
try:
    s.sort_stats('c')
except KeyError as e:
    print('KeyError', e)
try:
    s.sort_stats('time', 1)
except TypeError as e:
    print(e)
print(SortKey.CALLS, SortKey('ncalls'), SortKey('cumtime') is SortKey.CUMULATIVE, list(SortKey)[:3])

# profile-style callers (counts)
p = pstats.Stats(Fake(dict(pstats_)))
p.sort_stats('stdname').print_callers()
p.print_callees()
p.strip_dirs().sort_stats('stdname').print_stats()

# add() and strip_dirs() merging
s1 = pstats.Stats(Fake({A: (1, 1, 1.0, 2.0, {}), ('/x/a.py', 10, 'alpha'): (1, 2, 0.5, 0.5, {A: (2, 1, 0.5, 0.5)})}))
s2 = pstats.Stats(Fake({A: (2, 2, 1.5, 2.5, {})}))
s1.add(s2)
print(s1.total_calls, s1.prim_calls, s1.total_tt, sorted(s1.stats.items()))
s1.strip_dirs()
print(sorted(s1.stats.items()))
s1.sort_stats('stdname').print_callers()

# dump and load back
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'prof.out')
    s.dump_stats(path)
    t = pstats.Stats(path)
    print(t.stats == s.stats, t.total_calls, len(t.files))
    u = pstats.Stats(path, path)
    print(u.total_calls, sorted(u.stats[A][:4]))

sp = s.sort_stats('name').get_stats_profile()
print(sp.total_tt)
for name, fp in sp.func_profiles.items():
    print(name, fp)

try:
    pstats.Stats(Fake({}))
except TypeError as e:
    print('TypeError', str(e).split(' object from')[0])
print(pstats.f8(1.23456), pstats.func_std_string(L), pstats.func_std_string(A),
      pstats.func_std_string(('~', 0, 'plain')), pstats.func_get_function_name(A), pstats.func_strip_path(A))
print(pstats.add_callers({A: (1, 2, 0.5, 1.0)}, {A: (1, 1, 0.25, 0.5), B: (3, 3, 1.0, 1.0)}))
print(pstats.add_callers({A: 1}, {A: 2, B: 5}), pstats.count_calls({A: 2, B: 5}))
print(pstats.__all__)
