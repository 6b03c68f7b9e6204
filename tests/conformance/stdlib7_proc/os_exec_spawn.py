# os: the exec family (in forked children), spawn* (P_WAIT / P_NOWAIT) and
# posix_spawn / posix_spawnp with file actions, process groups and sessions,
# with CPython's argument errors. Children are sys.executable or /bin/sh.
import os
import sys

PY = sys.executable


def status(pid):
    wpid, st = os.waitpid(pid, 0)
    return wpid == pid, os.waitstatus_to_exitcode(st)


print('P_WAIT', os.P_WAIT, 'P_NOWAIT', os.P_NOWAIT, 'P_NOWAITO', os.P_NOWAITO)
print('spawnv', os.spawnv(os.P_WAIT, PY, [PY, '-c', 'import sys; sys.exit(3)']))
print('spawnl signal', os.spawnl(os.P_WAIT, PY, PY, '-c', 'import os; os.kill(os.getpid(), 9)'))
print('spawnvp', os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'exit 4']))
print('spawnlpe', os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'exit $X', {'X': '6', 'PATH': os.environ['PATH']}))
print('spawnve', os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit $X'], {'X': '7'}))
print('spawnle', os.spawnle(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit $X', {'X': '8'}))
print('spawnvp missing', os.spawnvp(os.P_WAIT, 'no-such-prog-minipy', ['x']))
print('spawnv missing', os.spawnv(os.P_WAIT, '/no/such/prog', ['x']))
pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 9'])
print('P_NOWAIT', status(pid))
for args in ([], (), 'abc', ['']):
    try:
        os.spawnv(os.P_WAIT, '/bin/true', args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# exec* replace a forked child
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.dup2(w, 1)
    os.execlp('sh', 'sh', '-c', 'echo execlp $0 $1', 'zero', 'one')
os.close(w)
print('execlp', status(pid), os.read(r, 100))
os.close(r)
pid = os.fork()
if pid == 0:
    try:
        os.execvp('no-such-prog-minipy', ['x'])
    except FileNotFoundError as e:
        os._exit(42 if e.filename is None else 43)
print('execvp missing', status(pid))
pid = os.fork()
if pid == 0:
    os.execle('/bin/sh', 'sh', '-c', 'exit $Z', {'Z': '11'})
print('execle', status(pid))
pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'exit $Z'], {'Z': '12'})
print('execve', status(pid))
pid = os.fork()
if pid == 0:
    os.execvpe('sh', ('sh', '-c', 'exit $Z'), {'Z': '13', 'PATH': '/usr/bin:/bin'})
print('execvpe', status(pid))
pid = os.fork()
if pid == 0:
    os.execv(PY, [PY, '-c', 'import sys; sys.exit(14)'])
print('execv', status(pid))

for f, args in [(os.execv, ('x', [])), (os.execv, ('x', 5)), (os.execv, ('x', [''])),
                (os.execv, ('x', [1])), (os.execve, ('x', ['a'], 5)), (os.execve, ('x', [], {})),
                (os.execve, ('x', ['a'], {'A=B': 'c'})), (os.execv, ('/no/such', ['a'])),
                (os.execve, ('/no/such', ['a'], {})), (os.execv, (5, ['a'])), (os.execv, ('a\0b', ['a']))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'filename', None))

# posix_spawn
r, w = os.pipe()
pid = os.posix_spawn(PY, [PY, '-c', 'import sys; sys.stdout.write("spawned\\n")'], os.environ,
                     file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
data = b''
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
print('posix_spawn', status(pid), data)
pid = os.posix_spawnp('sh', ['sh', '-c', 'exit $Y'], {'Y': '5'}, setsid=True)
print('posix_spawnp setsid', status(pid))
path = '/tmp/minipy_stdlib7_spawn_%d.txt' % os.getpid()
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'echo opened'], {},
                     file_actions=[(os.POSIX_SPAWN_OPEN, 1, path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)],
                     setpgroup=0)
print('file action open', status(pid), open(path).read())
os.unlink(path)
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'kill -USR1 $$; exit 3'], {}, setsigdef=[10], setsigmask=[])
print('setsigdef', status(pid))
print(os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
for kw in [dict(file_actions=[(99,)]), dict(file_actions=[5]), dict(file_actions=[()]),
           dict(file_actions=[(os.POSIX_SPAWN_OPEN, 1)]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE, 'x')]),
           dict(file_actions=[(os.POSIX_SPAWN_CLOSE,)]), dict(file_actions=[(os.POSIX_SPAWN_DUP2, 1)]),
           dict(setsigmask=[99999]), dict(setsigdef=[0]), dict(nope=1)]:
    try:
        os.posix_spawn('/bin/true', ['true'], {}, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f, args in [(os.posix_spawn, ('/no/such', ['a'], {})), (os.posix_spawnp, ('no-such-prog-minipy', ['a'], {})),
                (os.posix_spawn, ('/bin/true', 5, {})), (os.posix_spawn, ('/bin/true', [], {})),
                (os.posix_spawn, ('/bin/true', [''], {})), (os.posix_spawn, ('/bin/true', ['a'], 5)),
                (os.posix_spawnp, ('true', ['a'], None)), (os.posix_spawn, ('/bin/true', ['a'], {}, 'x'))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'filename', None))
