# os: sessions and process groups, kill/killpg, nice/priority, descriptors
# (dup/dup2 inheritable, pipe2, get/set_inheritable, closerange), sysconf /
# pathconf / confstr names, times(), uname(), terminal_size, umask, and the
# environ mapping (putenv/unsetenv, environb, get_exec_path).
import os
import sys
import time

print(os.getpgrp() == os.getpgid(0), os.getsid(0) >= 0, os.getpgid(os.getpid()) == os.getpgrp())
print(os.nice(0) == os.getpriority(os.PRIO_PROCESS, 0), os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
pid = os.fork()
if pid == 0:
    os.setsid()
    os._exit(0 if os.getsid(0) == os.getpid() and os.getpgrp() == os.getpid() else 1)
print('child setsid', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.setpgrp()
    os._exit(0 if os.getpgrp() == os.getpid() else 1)
print('child setpgrp', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    n = os.nice(3)
    os._exit(0 if n >= 3 else 1)
print('child nice', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.setpgid(0, 0)
    os.write(w, b'x')
    time.sleep(10)
    os._exit(0)
os.close(w)
os.read(r, 1)
os.close(r)
print('pgid', os.getpgid(pid) == pid)
os.killpg(pid, 15)
print('killpg', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for f, args in [(os.kill, (2 ** 22 + 12345, 0)), (os.killpg, (2 ** 22 + 12345, 0)), (os.getpgid, (2 ** 22 + 12345,)),
                (os.getsid, (2 ** 22 + 12345,)), (os.setpgid, (2 ** 22 + 12345, 0)), (os.nice, ('a',)),
                (os.getpriority, (99, 0)), (os.pidfd_open, (-5,))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# descriptors
r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print('pipe2', os.get_inheritable(r), os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
os.set_inheritable(r, True)
print(os.get_inheritable(r))
os.set_inheritable(r, False)
print(os.get_inheritable(r))
d = os.dup(r)
print('dup', os.get_inheritable(d))
print('dup2', os.dup2(r, 50), os.get_inheritable(50))
print('dup2 non-inheritable', os.dup2(r, 51, inheritable=False), os.get_inheritable(51))
try:
    os.dup2(51, 51, inheritable=False)
except OSError as e:
    print('dup2 same fd', e.errno)
os.closerange(50, 52)
for fd in (50, 51):
    try:
        os.fstat(fd)
    except OSError as e:
        print('closed', fd, e.errno)
for fd in (r, w, d):
    os.close(fd)
r, w = os.pipe()
print('pipe', os.get_inheritable(r), os.get_inheritable(w))
os.close(r)
os.close(w)
for f, args in [(os.get_inheritable, (999,)), (os.set_inheritable, (999, True)), (os.pipe2, ('x',)),
                (os.dup2, (999, 5))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# configuration values
print(os.sysconf('SC_PAGESIZE') == os.sysconf(os.sysconf_names['SC_PAGESIZE']), os.sysconf('SC_CLK_TCK'))
print(os.pathconf('/', 'PC_NAME_MAX'), os.fpathconf(0, 'PC_NAME_MAX') > 0, os.pathconf('/', os.pathconf_names['PC_PATH_MAX']))
print(os.confstr('CS_PATH'), os.confstr(os.confstr_names['CS_PATH']))
print(all(isinstance(v, int) for v in os.sysconf_names.values()), 'SC_OPEN_MAX' in os.sysconf_names,
      'PC_PIPE_BUF' in os.pathconf_names, 'CS_GNU_LIBC_VERSION' in os.confstr_names)
for f, args in [(os.sysconf, ('SC_NOPE',)), (os.sysconf, (None,)), (os.sysconf, (99999,)), (os.confstr, (1.5,)),
                (os.pathconf, ('/no/such/dir', 'PC_NAME_MAX')), (os.pathconf, ('/', 'PC_NOPE')),
                (os.pathconf, (5.0, 'PC_NAME_MAX'))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'filename', None))

t = os.times()
print(type(t).__name__, len(t), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.user >= 0, t.system >= 0,
      t.children_user >= 0, t.elapsed > 0, t[4] == t.elapsed)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0], u.n_fields)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24), isinstance(ts, tuple), os.terminal_size.n_fields)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print('get_terminal_size', e.errno, e.strerror)
old = os.umask(0o27)
print('umask', oct(os.umask(old)))
print(os.getegid() == os.getgid(), isinstance(os.getgroups(), list), os.cpu_count() >= 1)

# environ
os.environ['MINIPY_S7'] = 'one'
print(os.environ['MINIPY_S7'], os.getenv('MINIPY_S7'), os.environb[b'MINIPY_S7'], os.getenvb(b'MINIPY_S7'))
os.environb[b'MINIPY_S7B'] = b'two'
print(os.environ['MINIPY_S7B'])
os.putenv('MINIPY_S7C', 'three')
print('MINIPY_S7C' in os.environ)
import subprocess
print(subprocess.run(['sh', '-c', 'echo $MINIPY_S7 $MINIPY_S7B $MINIPY_S7C'], capture_output=True).stdout)
os.unsetenv('MINIPY_S7')
print('MINIPY_S7' in os.environ, subprocess.run(['sh', '-c', 'echo "[$MINIPY_S7]"'], capture_output=True).stdout)
del os.environ['MINIPY_S7B']
print(os.environ.get('MINIPY_S7B'), os.environ.pop('MINIPY_S7B', 'gone'))
e = os.environ.copy()
print(type(e).__name__, type(os.environ | {'Q': '1'}).__name__, type({'Q': '1'} | os.environ).__name__)
from collections.abc import MutableMapping
print(isinstance(os.environ, MutableMapping), type(os.environ).__name__, repr(os.environ)[:9])
for f, args in [(os.environ.__getitem__, (1,)), (os.environ.__setitem__, ('A=B', 'x')),
                (os.environ.__setitem__, ('', 'x')), (os.environ.__setitem__, ('X', 1)),
                (os.putenv, ('a=b', 'x')), (os.unsetenv, ('',)), (os.putenv, (1, 'x')),
                (os.environ.__delitem__, ('MINIPY_NOPE',)), (os.environb.__getitem__, ('str',))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}), os.get_exec_path({b'PATH': b'/c'}))
try:
    os.get_exec_path({'PATH': '/a', b'PATH': b'/b'})
except ValueError as e:
    print(e)
