# minipy only: `-X gil-schedule=SEED` on the command line gives the same
# result on every run with the same seed (each run is a fresh process).
import os
import sys

out = '/tmp/minipy_conf_sched_%d.txt' % os.getpid()
for seed in (1, 2, 99):
    results = []
    for _ in range(3):
        os.system('"%s" -X gil-schedule=%d _race_child.py > %s' % (sys.executable, seed, out))
        with open(out) as f:
            results.append(int(f.read()))
    print('seed', seed, results, 'identical:', len(set(results)) == 1, 'lost:', 900 - results[0])
os.remove(out)
