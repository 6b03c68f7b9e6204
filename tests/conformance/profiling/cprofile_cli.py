# python -m cProfile / -m profile / -m timeit on a script, run as
# subprocesses; times are replaced by T.
import re
import subprocess
import sys


def run(*args):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    out = re.sub(' at 0x[0-9a-f]+', '', re.sub(r'\d+\.\d{3}', 'T', p.stdout))
    print('$', *args[:-1], '->', p.returncode)
    print(out, end='')
    if p.stderr:
        print('stderr:', p.stderr.strip().splitlines()[-1])


run('-m', 'cProfile', '-s', 'stdname', '_cli_target.py', 'x')
run('-m', 'profile', '-s', 'stdname', '_cli_target.py', 'a2')
run('-m', 'cProfile', '-s', 'bogus', '_cli_target.py', 'x')
p = subprocess.run([sys.executable, '-m', 'timeit', '-n', '3', '-r', '2', 'x = 1'], capture_output=True, text=True)
print(p.returncode, re.sub(r'[\d.]+ [nuµm]?sec', 'T', p.stdout).strip())
p = subprocess.run([sys.executable, '-m', 'timeit', '-n', '2', '-r', '1', '-s', 'import os', '-u', 'usec', 'os.getpid()'],
                   capture_output=True, text=True)
print(p.returncode, re.sub(r'[\d.]+ usec', 'T usec', p.stdout).strip())
