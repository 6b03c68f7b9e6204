# os: wait, wait3, wait4, waitid (waitid_result), waitpid, pidfd_open, the
# status decoders (WIFEXITED ... WCOREDUMP) and waitstatus_to_exitcode.
import os
import select
import sys


def spawn(code):
    return os.posix_spawn('/bin/sh', ['sh', '-c', code], {})


pid = spawn('exit 2')
p, st = os.wait()
print('wait', p == pid, st, os.WIFEXITED(st), os.WEXITSTATUS(st))
pid = spawn('exit 3')
p, st, ru = os.wait4(pid, 0)
print('wait4', p == pid, os.WEXITSTATUS(st), type(ru).__name__, type(ru).__module__, ru.ru_utime >= 0, len(ru))
pid = spawn('exit 4')
p, st, ru = os.wait3(0)
print('wait3', p == pid, os.WEXITSTATUS(st), ru.ru_maxrss >= 0)
pid = spawn('kill -TERM $$')
res = os.waitid(os.P_PID, pid, os.WEXITED)
print('waitid', type(res).__name__, type(res).__module__, res.si_pid == pid, res.si_signo, res.si_status,
      res.si_code == os.CLD_KILLED, len(res), res.n_fields)
print(res[2:4], res.si_uid == os.getuid())
pid = spawn('sleep 5')
print('WNOHANG', os.waitpid(pid, os.WNOHANG), os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG))
os.kill(pid, 9)
p, st = os.waitpid(pid, 0)
print('killed', p == pid, os.WIFSIGNALED(st), os.WTERMSIG(st), os.waitstatus_to_exitcode(st))
pid = spawn('exit 0')
fd = os.pidfd_open(pid)
poller = select.poll()
poller.register(fd, select.POLLIN)
print('pidfd readable', len(poller.poll(5000)), os.get_inheritable(fd))
res = os.waitid(os.P_PIDFD, fd, os.WEXITED)
print('P_PIDFD', res.si_pid == pid, res.si_status, res.si_code == os.CLD_EXITED)
os.close(fd)
pid = spawn('kill -STOP $$; exit 6')
p, st = os.waitpid(pid, os.WUNTRACED)
print('stopped', os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFEXITED(st), os.WIFSIGNALED(st))
try:
    os.waitstatus_to_exitcode(st)
except ValueError as e:
    print('ValueError', e)
os.kill(pid, 18)
p, st = os.waitpid(pid, os.WCONTINUED)
print('continued', os.WIFCONTINUED(st), st)
p, st = os.waitpid(pid, 0)
print('exited', os.waitstatus_to_exitcode(st))

for st in (0, 0x100, 0xff00, 9, 0x8b, 0x137f, 0xffff, -1, 0x7f):
    row = [os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFSTOPPED(st),
           os.WSTOPSIG(st), os.WCOREDUMP(st), os.WIFCONTINUED(st)]
    try:
        code = os.waitstatus_to_exitcode(st)
    except ValueError as e:
        code = str(e)
    print(hex(st), row, code)
print(os.WIFEXITED(status=0), os.waitstatus_to_exitcode(status=0x200))
for f, args in [(os.WIFEXITED, ('x',)), (os.WIFEXITED, (1.0,)), (os.WEXITSTATUS, ()),
                (os.waitstatus_to_exitcode, (2 ** 40,)), (os.waitstatus_to_exitcode, ('1',)),
                (os.wait, ()), (os.waitpid, (-1, 0)), (os.wait3, (0,)), (os.wait4, (-1, 0)),
                (os.waitid, (os.P_ALL, 0, os.WEXITED)), (os.pidfd_open, (2 ** 30,)), (os.waitid, (os.P_ALL, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(os.WEXITED, os.WSTOPPED, os.WNOWAIT, os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
print(os.P_PID, os.P_PGID, os.P_ALL, os.P_PIDFD)
print(os.CLD_EXITED, os.CLD_KILLED, os.CLD_DUMPED, os.CLD_TRAPPED, os.CLD_STOPPED, os.CLD_CONTINUED)
print(os.waitid_result((1, 2, 3, 4, 5)))
