# The pure-Python profiler (profile.Profile on sys.setprofile): call counts
# of Python functions and builtins, the fake 'profile' frames; times are T.
import contextlib
import io
import profile
import pstats
import re


def norm(text):
    return re.sub(' at 0x[0-9a-f]+', '', re.sub(r'-?\d+\.\d{3}', 'T', text))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def work():
    out = []
    for i in range(4):
        out.append(fact(i))
    return sum(out), len(out)


p = profile.Profile()
print(p.runcall(work))
s = io.StringIO()
pstats.Stats(p, stream=s).strip_dirs().sort_stats('stdname').print_stats()
print(norm(s.getvalue()))
s = io.StringIO()
st = pstats.Stats(p, stream=s)
print(st.total_calls, st.prim_calls)

p = profile.Profile()
p.runctx('work()', globals(), locals())
s = io.StringIO()
pstats.Stats(p, stream=s).strip_dirs().sort_stats('stdname').print_callers()
print(norm(s.getvalue()))

out = io.StringIO()
with contextlib.redirect_stdout(out):
    profile.run('work()', sort='ncalls')
print(norm(out.getvalue()))

# a timer returning tuples and one returning numbers
p = profile.Profile(lambda: (1.0, 2.0))
p.runcall(fact, 3)
p.create_stats()
print(sorted((norm(k[2]), v[:2]) for k, v in p.stats.items()))
n = iter(range(1000))
p = profile.Profile(lambda: next(n))
p.runcall(fact, 3)
p.create_stats()
print(sorted((norm(k[2]), v[:4]) for k, v in p.stats.items()))
