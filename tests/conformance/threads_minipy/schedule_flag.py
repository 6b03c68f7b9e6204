# minipy only: `-X gil-schedule=SEED` on the command line gives the same
# result on every run with the same seed (each run is a fresh process). The
# counts themselves depend on how much bytecode start-up runs, so the test
# checks that runs agree, that the race loses updates and that seeds differ.
import os
import sys

out = '/tmp/minipy_conf_sched_%d.txt' % os.getpid()
firsts = []
for seed in (1, 2, 99):
    results = []
    for _ in range(3):
        os.system('"%s" -X gil-schedule=%d _race_child.py > %s' % (sys.executable, seed, out))
        with open(out) as f:
            results.append(int(f.read()))
    print('seed', seed, 'identical:', len(set(results)) == 1, 'lost updates:', 0 < results[0] < 900)
    firsts.append(results[0])
print('seeds give different schedules:', len(set(firsts)) > 1)
os.remove(out)
