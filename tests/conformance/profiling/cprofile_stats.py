# cProfile + pstats: call counts, recursion, builtins' labels, callers and
# callees; times are replaced by T (they differ from run to run).
import cProfile
import contextlib
import io
import pstats
import re
import sys


def norm(text):
    text = re.sub(r'\d+\.\d{3}', 'T', text)
    return text.replace(sys.prefix, '<prefix>')


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def leaf(x):
    return [x].count(x)


def work():
    total = 0
    for i in range(6):
        total += len(str(fib(i)))
        total += leaf(i)
    try:
        int('x')
    except ValueError:
        pass
    d = {}
    d.setdefault('a', []).append(1)
    return total


def show(stats, *how):
    s = io.StringIO()
    stats.stream = s
    for h in how:
        getattr(stats, h[0])(*h[1:])
    print(norm(s.getvalue()))


pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
st = pstats.Stats(pr).strip_dirs()
show(st, ('sort_stats', 'stdname'), ('print_stats',))
show(st, ('sort_stats', 'ncalls', 'name'), ('print_stats', 3))
show(st, ('sort_stats', 'name'), ('print_stats', 'fib|leaf'))
show(st, ('sort_stats', 'name'), ('print_callers',))
show(st, ('sort_stats', 'name'), ('print_callees', 'work'))
show(st, ('sort_stats', pstats.SortKey.CALLS, pstats.SortKey.NAME), ('reverse_order',), ('print_stats', 0.5))

prof = st.get_stats_profile()
for name, fp in sorted(prof.func_profiles.items()):
    print(name, fp.ncalls, fp.file_name, fp.line_number)

# getstats() entries
pr2 = cProfile.Profile()
pr2.runcall(fib, 4)
for e in sorted(pr2.getstats(), key=lambda e: str(e.code)):
    code = e.code if isinstance(e.code, str) else e.code.co_name
    subs = sorted((s.code if isinstance(s.code, str) else s.code.co_name, s.callcount, s.reccallcount)
                  for s in (e.calls or []))
    print(code, e.callcount, e.reccallcount, subs)

# run / runctx print to stdout
out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.runctx('fib(5)', globals(), locals(), sort='stdname')
print(norm(out.getvalue()))

out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.run('work()', sort='stdname')
print(norm(out.getvalue()))

# context manager, builtins=False, subcalls=False
with cProfile.Profile(builtins=False) as p3:
    work()
show(pstats.Stats(p3).strip_dirs(), ("sort_stats", "stdname"), ("print_stats", "cprofile_stats"))
p4 = cProfile.Profile(subcalls=False)
p4.runcall(work)
show(pstats.Stats(p4).strip_dirs(), ('sort_stats', 'stdname'), ('print_callers',))

# clear() forgets everything
p4.clear()
print(p4.getstats())

# a timer returning ints with a time unit
ticks = iter(range(0, 10**6, 10))
p5 = cProfile.Profile(lambda: next(ticks), 0.5)
p5.runcall(fib, 3)
for e in sorted(p5.getstats(), key=lambda e: str(e.code)):
    print(e.callcount, e.totaltime, e.inlinetime)
print(sys.getprofile())
