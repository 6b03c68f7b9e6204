# The trace module: line counts (runfunc, results, write_results with a
# coverdir and a summary), line-by-line tracing output, countfuncs and
# countcallers.
import os
import sys
import tempfile
import trace


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def unused():
    return 'never'


def loop(k):
    s = 0
    for i in range(k):
        s += i
    return s


t = trace.Trace(count=1, trace=0)
print(t.runfunc(fib, 5))
print(t.runfunc(loop, 3))
res = t.results()
first = fib.__code__.co_firstlineno
mine = {k[1] - first: v for k, v in res.counts.items() if k[0] == __file__}
print(sorted(mine.items()))

import io
import contextlib
with tempfile.TemporaryDirectory() as d:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        res.write_results(show_missing=True, summary=True, coverdir=d)
    print(out.getvalue().replace(os.path.abspath(__file__), 'FILE').replace(__file__, 'FILE'), end='')
    name = os.path.splitext(os.path.basename(__file__))[0]
    with open(os.path.join(d, name + '.cover')) as f:
        lines = f.read().splitlines()
    for line in lines[first - 1:first + 16]:
        print(repr(line))

print('-- trace=1')
t2 = trace.Trace(count=0, trace=1)
t2.runfunc(loop, 2)

print('-- countfuncs')
t3 = trace.Trace(count=0, trace=0, countfuncs=1)
t3.runfunc(fib, 2)
for key in sorted(t3.results().calledfuncs):
    print(os.path.basename(key[0]), key[1], key[2])

print('-- countcallers')
t4 = trace.Trace(count=0, trace=0, countcallers=1)
t4.runfunc(fib, 2)
for (caller, callee) in sorted(t4.results().callers):
    if caller[1] == 'trace_module':
        print(caller[1:], '->', callee[1:])

print('-- nothing to do')
t5 = trace.Trace(count=0, trace=0)
print(t5.runfunc(fib, 6), sys.gettrace())

print('-- ignoremods')
t6 = trace.Trace(count=1, trace=0, ignoremods=['trace_module'])
t6.runfunc(loop, 2)
print(t6.results().counts)
