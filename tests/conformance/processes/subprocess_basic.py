# subprocess: run (capture_output, PIPE/DEVNULL/STDOUT, input, text, check,
# timeout, cwd, env, shell), Popen (communicate, wait, poll, kill/terminate,
# pipes as files, context manager), call/check_call/check_output,
# getoutput/getstatusoutput, and the exceptions' messages. Children run
# `sys.executable -c ...` (CPython under regen, minipy under test), so they
# only print what both agree on.
import os
import subprocess
import sys
import time
from subprocess import PIPE, STDOUT, DEVNULL

PY = sys.executable


def py(code):
    return [PY, '-c', code]


print(PIPE, STDOUT, DEVNULL)
r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(type(r).__name__, r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(py('import sys; print("out"); print("err", file=sys.stderr); sys.exit(3)'),
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r.args = ['child']
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)
print(subprocess.run(['true']))
print(subprocess.run(['sh', '-c', 'exit 5']).returncode)

# stdout/stderr routing
r = subprocess.run(['sh', '-c', 'echo to-out; echo to-err >&2'], stdout=PIPE, stderr=STDOUT)
print('STDOUT merge', sorted(r.stdout.split()), r.stderr)
r = subprocess.run(['sh', '-c', 'echo to-out; echo to-err >&2'], stdout=DEVNULL, stderr=PIPE)
print('DEVNULL', r.stdout, r.stderr)
r = subprocess.run(['cat'], input=b'bytes in\n', stdout=PIPE)
print('input bytes', r.stdout)
r = subprocess.run(['cat'], input='text in\r\nline two\n', stdout=PIPE, text=True)
print('input text', repr(r.stdout))
r = subprocess.run(['cat'], input='é\n', capture_output=True, encoding='utf-8')
print('encoding', repr(r.stdout), r.stderr)
r = subprocess.run(['printf', 'a\\r\\nb\\rc'], stdout=PIPE, universal_newlines=True)
print('universal newlines', repr(r.stdout))
r = subprocess.run(['cat'], stdin=DEVNULL, stdout=PIPE)
print('stdin DEVNULL', r.stdout)

# check, errors and their messages
for cmd in (['false'], ['sh', '-c', 'exit 7']):
    try:
        subprocess.run(cmd, check=True)
    except subprocess.CalledProcessError as e:
        print('CalledProcessError:', e, '|', repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print('with output:', e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print('signal:', e)
try:
    subprocess.check_call(['sh', '-c', 'kill -TERM $$'])
except subprocess.CalledProcessError as e:
    print('check_call signal:', e, e.returncode)
try:
    subprocess.run(['no-such-program-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError:', e, e.errno, e.filename)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print('PermissionError:', e.errno, e.filename)
try:
    subprocess.run(['ls'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print('bad cwd:', e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', str(e).split(' after ')[0], e.cmd, e.output, type(e.timeout).__name__)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired output:', e.output, e.stdout, e.stderr)
e = subprocess.TimeoutExpired(['cmd'], 1.5)
print(str(e), repr(e))
e = subprocess.CalledProcessError(-1000, 'cmd')
print(str(e))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
for bad in (dict(input=b'x', stdin=PIPE), dict(capture_output=True, stdout=PIPE)):
    try:
        subprocess.run(['true'], **bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    subprocess.check_output(['true'], stdout=PIPE)
except ValueError as e:
    print('ValueError:', e)
try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print('SubprocessError:', e)

# cwd, env, shell
print('cwd', subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout.strip())
print('env', subprocess.run(['sh', '-c', 'echo $FOO-$BAR'], env={'FOO': 'foo', 'PATH': os.environ['PATH']},
                            capture_output=True, text=True).stdout.strip())
os.environ['SUBPROCESS_TEST_VAR'] = 'inherited'
print('inherit env', subprocess.run('echo $SUBPROCESS_TEST_VAR', shell=True, capture_output=True).stdout)
print('shell', subprocess.run('echo $((6*7)) | tr 4 X', shell=True, capture_output=True, text=True).stdout)
print('shell exit', subprocess.run('exit 3', shell=True).returncode)

# call / check_call / check_output / getoutput
print('call', subprocess.call(['sh', '-c', 'exit 4']), subprocess.call('true', shell=True))
print('check_call', subprocess.check_call(['true']))
print('check_output', subprocess.check_output(['echo', 'hi']))
print('check_output text', repr(subprocess.check_output(['echo', 'hi'], text=True)))
print('check_output stderr', subprocess.check_output('echo e >&2', shell=True, stderr=STDOUT))
print('check_output input', subprocess.check_output(['cat'], input=b'piped'))
try:
    subprocess.check_output(['sh', '-c', 'echo oops; exit 1'])
except subprocess.CalledProcessError as e:
    print('check_output error:', e, e.output)
print('getoutput', repr(subprocess.getoutput('echo one; echo two')))
print('getstatusoutput', subprocess.getstatusoutput('echo out; echo err >&2; exit 3'))
print('getstatusoutput ok', subprocess.getstatusoutput('true'))

# Popen
p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(p, p.returncode, p.poll(), isinstance(p.pid, int))
out, err = p.communicate(b'abc' * 100000)
print('communicate', len(out), out[:6], err, p.returncode, p.poll(), p)
p = subprocess.Popen(py('import sys\nfor line in sys.stdin: print(line.strip().upper())'),
                     stdin=PIPE, stdout=PIPE, text=True)
p.stdin.write('first\n')
p.stdin.write('second\n')
p.stdin.close()
print('lines', [line for line in p.stdout])
p.stdout.close()
print('wait', p.wait())
with subprocess.Popen(['sh', '-c', 'echo a; echo b'], stdout=PIPE) as p:
    print('readline', p.stdout.readline(), p.stdout.read())
print('after with', p.returncode, p.stdout.closed)
p = subprocess.Popen(['sh', '-c', 'echo x >&2'], stderr=PIPE)
print('stderr only', p.communicate(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('wait timeout:', e)
p.kill()
print('killed', p.wait(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print('terminated', p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(2)
print('SIGINT', p.wait())
p.kill()
p = subprocess.Popen(['sh', '-c', 'sleep 0.2; exit 6'])
print('poll while running', p.poll())
print('wait for exit', p.wait(), p.poll())
p = subprocess.Popen(['sh', '-c', 'cat; echo done >&2'], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print('communicate closes stdin', p.communicate(timeout=5), p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo partial; sleep 0.5; echo rest; echo done >&2'], stdout=PIPE, stderr=PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('communicate timeout:', str(e).split(' after ')[0], e.output)
print('communicate after timeout', p.communicate(), p.returncode)
p = subprocess.Popen(['echo', 'x' * 200], stdout=DEVNULL)
p.wait()
print(repr(p))
p = subprocess.Popen(['true'], stdout=DEVNULL, stderr=DEVNULL, stdin=DEVNULL)
print('devnull', p.wait(), p.stdin, p.stdout, p.stderr)
with open('subprocess_basic.tmp', 'wb') as f:
    subprocess.run(['echo', 'to a file'], stdout=f)
with open('subprocess_basic.tmp', 'rb') as f:
    print('file', f.read())
with open('subprocess_basic.tmp', 'rb') as f:
    print('file as stdin', subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
os.remove('subprocess_basic.tmp')
r, w = os.pipe()
subprocess.run(py('import os; os.write(%d, b"through pass_fds")' % w), pass_fds=(w,))
os.close(w)
print('pass_fds', os.read(r, 100))
os.close(r)
p = subprocess.run(py('import os; print(os.getcwd() == "/tmp")'), cwd='/tmp', capture_output=True, text=True)
print('child cwd', p.stdout.strip())
p = subprocess.run([PY, '-c', 'import sys; print(sys.argv[1:])', 'a b', 'c'], capture_output=True, text=True)
print('argv', p.stdout.strip())
p = subprocess.run(['cat'], input=b'x' * 1000000, capture_output=True)
print('large', len(p.stdout))
p = subprocess.run(['head', '-c', '3'], input=b'y' * 1000000, capture_output=True)
print('child stops reading early', p.stdout, p.returncode)
p = subprocess.run(['sh', '-c', 'exec 1>&-; echo gone >&2'], capture_output=True)
print('closed stdout', p.returncode, p.stdout, p.stderr)
t0 = time.monotonic()
procs = [subprocess.Popen(['sleep', '0.3']) for _ in range(3)]
print('parallel', [p.wait() for p in procs], time.monotonic() - t0 < 0.9)
