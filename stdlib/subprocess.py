"""subprocess — run child processes, connect to their pipes, get their exit codes.

Written for minipy after CPython 3.11's documented behaviour (POSIX only):
run, call, check_call, check_output, getoutput, getstatusoutput, Popen,
CompletedProcess and the exceptions with CPython's messages. A child is
started by _posixsubprocess.fork_exec (native: fork, then dup2/chdir/exec
with only async-signal-safe calls); an exec failure comes back through a
close-on-exec pipe and is raised here as the matching OSError subclass
(FileNotFoundError for a missing program). communicate() multiplexes the
pipes with select.poll, so large outputs on stdout and stderr cannot
deadlock; wait(timeout) polls waitpid(WNOHANG) with a growing sleep.
"""

import builtins
import os
import sys
import threading
import time
import types

import _posixsubprocess
import select as _select


__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

_mswindows = False
_PIPE_BUF = getattr(_select, 'PIPE_BUF', 512)
_SIGTERM = 15
_SIGKILL = 9
_ECHILD = 10
_EINVAL = 22

PIPE = -1
STDOUT = -2
DEVNULL = -3

# Names of the common signals, for CalledProcessError without the signal module.
_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS',
                 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE',
                 14: 'SIGALRM', 15: 'SIGTERM', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP',
                 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM',
                 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS'}


class _SignalRepr:
    def __init__(self, num):
        self.num = num

    def __repr__(self):
        return '<Signals.%s: %d>' % (_SIGNAL_NAMES[self.num], self.num)


def _signal_of(num):
    """signal.Signals(num) (ValueError for an unknown number)."""
    try:
        import signal as _signal        # imported late: it is costly and rarely needed
    except ImportError:
        _signal = None
    if _signal is not None and hasattr(_signal, 'Signals'):
        return _signal.Signals(num)
    if num not in _SIGNAL_NAMES:
        raise ValueError('%r is not a valid Signals' % num)
    return _SignalRepr(num)


# ---------------------------------------------------------------- exceptions

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, _signal_of(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# ---------------------------------------------------------------- helpers

def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                or kwargs.get('errors')):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running (the result of run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            # The output read so far is already in the exception.
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string (MS C runtime rules)."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _text_encoding():
    # locale.getencoding() under CPython; minipy's text I/O is UTF-8.
    return 'utf-8'


def _WIFSTOPPED(sts):
    return (sts & 0xff) == 0x7f


def _WSTOPSIG(sts):
    return (sts >> 8) & 0xff


# ---------------------------------------------------------------- Popen

class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied '
                                  'but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()
        if self.text_mode and errors is None:
            self.errors = 'strict'
        line_buffering = (bufsize == 1 and self.text_mode)
        if process_group is None:
            process_group = -1
        gid = None
        if group is not None:
            if isinstance(group, int):
                gid = group
            else:
                raise ValueError("minipy: group must be given as a number")
            if gid < 0:
                raise ValueError(f"Group ID cannot be negative, got {gid}")
        gids = None
        if extra_groups is not None:
            gids = []
            for extra_group in extra_groups:
                if not isinstance(extra_group, int):
                    raise ValueError("minipy: extra_groups must be given as numbers")
                if extra_group < 0:
                    raise ValueError(f"Group ID cannot be negative, got {extra_group}")
                gids.append(extra_group)
        uid = None
        if user is not None:
            if isinstance(user, int):
                uid = user
            else:
                raise ValueError("minipy: user must be given as a number")
            if uid < 0:
                raise ValueError(f"User ID cannot be negative, got {uid}")

        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        self._closed_child_pipe_fds = False
        try:
            if p2cwrite != -1:
                if self.text_mode:
                    self.stdin = open(p2cwrite, 'w', 1 if line_buffering else -1, encoding=self.encoding,
                                      errors=self.errors)
                else:
                    self.stdin = open(p2cwrite, 'wb', bufsize)
            if c2pread != -1:
                if self.text_mode:
                    self.stdout = open(c2pread, 'r', encoding=self.encoding, errors=self.errors)
                else:
                    self.stdout = open(c2pread, 'rb', bufsize)
            if errread != -1:
                if self.text_mode:
                    self.stderr = open(errread, 'r', encoding=self.encoding, errors=self.errors)
                else:
                    self.stderr = open(errread, 'rb', bufsize)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell,
                                p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, restore_signals,
                                gid, gids, uid, umask, start_new_session, process_group)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                to_close = []
                if stdin == PIPE:
                    to_close.append(p2cread)
                if stdout == PIPE:
                    to_close.append(c2pwrite)
                if stderr == PIPE:
                    to_close.append(errwrite)
                if hasattr(self, '_devnull'):
                    to_close.append(self._devnull)
                for fd in to_close:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
                return
            else:
                self.wait()

    _sigint_wait_secs = 0.25

    def _get_devnull(self):
        if not hasattr(self, '_devnull'):
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno == _EINVAL:
                    pass
                else:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno == _EINVAL:
                pass
            else:
                raise

    def communicate(self, input=None, timeout=None):
        """Interact with process: send input, read stdout and stderr until
        end-of-file, wait for the process; returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2
                and not (self.stdin and input)):
            # (Input goes through _communicate, whose writes cannot raise SIGPIPE.)
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            finally:
                self._communication_started = True
            self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def poll(self):
        """Check if child process has terminated; set and return the returncode attribute."""
        return self._internal_poll()

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        return self._wait(timeout=timeout)

    # ------------------------------------------------------------ POSIX parts
    def _get_handles(self, stdin, stdout, stderr):
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()
        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()
        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        devnull_fd = getattr(self, '_devnull', None)
        to_close = []
        if p2cread != -1 and p2cwrite != -1 and p2cread != devnull_fd:
            to_close.append(p2cread)
        if c2pwrite != -1 and c2pread != -1 and c2pwrite != devnull_fd:
            to_close.append(c2pwrite)
        if errwrite != -1 and errread != -1 and errwrite != devnull_fd:
            to_close.append(errwrite)
        if devnull_fd is not None:
            to_close.append(devnull_fd)
        for fd in to_close:
            try:
                os.close(fd)
            except OSError:
                pass
        self._closed_child_pipe_fds = True

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, restore_signals,
                       gid, gids, uid, umask, start_new_session, process_group):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable

        errpipe_read, errpipe_write = os.pipe()
        # The child's error pipe must not be one of 0..2, which it rewires.
        low_fds_to_close = []
        while errpipe_write < 3:
            low_fds_to_close.append(errpipe_write)
            errpipe_write = os.dup(errpipe_write)
        for low_fd in low_fds_to_close:
            os.close(low_fd)
        try:
            try:
                if env is not None:
                    env_list = []
                    for k, v in env.items():
                        k = os.fsencode(k)
                        if b'=' in k:
                            raise ValueError("illegal environment variable name")
                        env_list.append(k + b'=' + os.fsencode(v))
                else:
                    env_list = None
                executable = os.fsencode(executable)
                if os.path.dirname(executable):
                    executable_list = (executable,)
                else:
                    executable_list = tuple(os.path.join(os.fsencode(dir), executable)
                                            for dir in os.get_exec_path(env))
                fds_to_keep = set(pass_fds)
                fds_to_keep.add(errpipe_write)
                args = [os.fsencode(a) for a in args]
                if cwd is not None:
                    cwd_b = os.fsencode(cwd)
                else:
                    cwd_b = None
                _flush_before_fork = preexec_fn is not None
                if _flush_before_fork:
                    # os.fork() semantics: the child would write our buffers again.
                    for stream in (sys.stdout, sys.stderr):
                        try:
                            stream.flush()
                        except (AttributeError, ValueError, OSError):
                            pass
                self.pid = _posixsubprocess.fork_exec(
                    args, executable_list, close_fds, tuple(sorted(map(int, fds_to_keep))), cwd_b, env_list,
                    p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
                    restore_signals, start_new_session, process_group, gid, gids, uid, umask, preexec_fn)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)
            # Anything on the error pipe means exec did not happen.
            errpipe_data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                errpipe_data += part
                if not part or len(errpipe_data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if errpipe_data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            try:
                exception_name, hex_errno, err_msg = bytes(errpipe_data).split(b':', 2)
                err_msg = err_msg.decode()
            except ValueError:
                exception_name = b'SubprocessError'
                hex_errno = b'0'
                err_msg = 'Bad exception data from child: {!r}'.format(bytes(errpipe_data))
            child_exception_type = getattr(builtins, exception_name.decode('ascii'), SubprocessError)
            if exception_name == b'SubprocessError':
                child_exception_type = SubprocessError
            if issubclass(child_exception_type, OSError) and hex_errno:
                errno_num = int(hex_errno, 16)
                child_exec_never_called = (err_msg == "noexec")
                if child_exec_never_called:
                    err_msg = ""
                    # The error must be from chdir(cwd).
                    err_filename = cwd
                else:
                    err_filename = orig_executable
                if errno_num != 0:
                    err_msg = os.strerror(errno_num)
                raise child_exception_type(errno_num, err_msg, err_filename)
            raise child_exception_type(err_msg)

    def _handle_exitstatus(self, sts):
        if _WIFSTOPPED(sts):
            self.returncode = -_WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                # Another thread is waiting for it.
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == _ECHILD:
                    self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def _try_wait(self, wait_flags):
        try:
            (pid, sts) = os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            pid = self.pid
            sts = 0
        return (pid, sts)

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = _time() + timeout
            delay = 0.0005
            while True:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self.returncode is not None:
                            break
                        (pid, sts) = self._try_wait(os.WNOHANG)
                        if pid == self.pid:
                            self._handle_exitstatus(sts)
                            break
                    finally:
                        self._waitpid_lock.release()
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    (pid, sts) = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
        return self.returncode

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.encoding, self.errors)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        stdout = None
        stderr = None
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]
        self._save_input(input)
        if self._input:
            input_view = memoryview(self._input)

        poller = _select.poll()
        fd2file = {}

        def register(fileobj, events):
            fd = fileobj.fileno()
            fd2file[fd] = fileobj
            poller.register(fd, events)

        def unregister(fd):
            poller.unregister(fd)
            del fd2file[fd]

        if self.stdin and input and not self.stdin.closed:
            register(self.stdin, _select.POLLOUT)
        if self.stdout and not self.stdout.closed:
            register(self.stdout, _select.POLLIN)
        if self.stderr and not self.stderr.closed:
            register(self.stderr, _select.POLLIN)
        while fd2file:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr, skip_check_and_raise=True)
            ready = poller.poll(None if timeout is None else max(int(timeout * 1000) + 1, 0))
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
            for fd, events in ready:
                fileobj = fd2file.get(fd)
                if fileobj is None:
                    continue
                if fileobj is self.stdin:
                    chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += _posixsubprocess._write_nosigpipe(fd, chunk)
                    except BrokenPipeError:
                        unregister(fd)
                        fileobj.close()
                    else:
                        if self._input_offset >= len(self._input):
                            unregister(fd)
                            fileobj.close()
                else:
                    data = os.read(fd, 32768)
                    if not data:
                        unregister(fd)
                        fileobj.close()
                    self._fileobj2output[fileobj].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.encoding, self.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.encoding, self.errors)
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process."""
        # Reap first: the pid may have been reused if the child already exited.
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM."""
        self.send_signal(_SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL."""
        self.send_signal(_SIGKILL)


def _time():
    return time.monotonic()
