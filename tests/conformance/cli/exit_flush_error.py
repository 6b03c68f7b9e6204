# A flush of sys.stdout that fails at exit (a full device) is reported as an
# unraisable error and the process exits with status 120, as python3 does.
import os
import subprocess
import sys

env = {k: v for k, v in os.environ.items() if k != 'PYTHONUNBUFFERED'}
for code in ["print('y')",
             "import sys; sys.stdout.write('x' * 10)",
             "import sys; sys.stdout = open('/dev/full', 'w'); print('y')",
             "print('fine')"]:
    with open('/dev/full', 'w') as full:
        p = subprocess.run([sys.executable, '-c', code], stdout=full, stderr=subprocess.PIPE, env=env, text=True)
    print(p.returncode)
    print(p.stderr.replace('<stdout>', 'STDOUT'), end='')
