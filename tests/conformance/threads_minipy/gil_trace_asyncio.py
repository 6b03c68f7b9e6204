# minipy only: `-X gil-trace=FILE` puts asyncio task steps on the same
# timeline (Chrome trace JSON) as the threads' GIL hold/wait spans.
import json, os, subprocess, sys

path = '/tmp/minipy_conf_trace_%d.json' % os.getpid()
subprocess.run([sys.executable, '-X', 'gil-trace=' + path, '_trace_child.py'], check=True)
with open(path) as f:
    events = json.load(f)['traceEvents']
os.remove(path)

threads = {e['tid']: e['args']['name'] for e in events if e.get('ph') == 'M'}
print('threads:', sorted(threads.values()))
spans = [e for e in events if e.get('ph') == 'X']
print('categories:', sorted({e['cat'] for e in spans}))
print('every span has ts/dur >= 0:', all(e['ts'] >= 0 and e['dur'] >= 0 for e in spans))
steps = [e for e in spans if e['cat'] == 'asyncio']
names = {e['name'] for e in steps}
print('task steps named:', sorted(n for n in names if n.startswith(('w', 'Task-'))))
print('task steps on the main thread:', {threads[e['tid']] for e in steps})
for tname in ('MainThread', 'spinner'):
    held = [e for e in spans if e['cat'] == 'gil' and threads[e['tid']] == tname]
    print(tname, 'holds the GIL in some span:', len(held) > 0)
# Each w<i> task runs 4 steps: its start and one wake-up per sleep.
print('steps per worker:', sorted(sum(1 for e in steps if e['name'] == 'w%d work()' % i) for i in range(3)))
