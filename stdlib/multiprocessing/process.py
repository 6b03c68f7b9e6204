"""multiprocessing.process — Process objects started with os.fork (written for minipy).

Owns: Process (start/join/is_alive/exitcode/terminate/kill/close), the
current and parent process, the child's bootstrap (runs the target, prints
"Process NAME:" + traceback on an uncaught exception, flushes the standard
streams, exits with os._exit) and the exit function that flushes queues and
waits for non-daemon children (util-like; _register_exit_function).
"""

import os
import sys
import itertools
import threading
import posix as _posix

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

SIGTERM = 15
SIGKILL = 9
WNOHANG = 1

_children = set()
_process_counter = itertools.count(1)
# Callables run by _exit_function before children are joined (queue feeders).
_exit_flushers = []
_exit_registered_pid = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    _cleanup()
    return list(_children)


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


def _exit_function():
    """At exit: flush queue feeders, stop daemonic children, join the others."""
    for flush in list(_exit_flushers):
        try:
            flush()
        except Exception:
            pass
    del _exit_flushers[:]
    for p in list(_children):
        if p.daemon and p._popen is not None and p._popen.poll() is None:
            p._popen.terminate()
    for p in list(_children):
        if p._popen is not None:
            p._popen.wait()
    _children.clear()


def _register_exit_function():
    global _exit_registered_pid
    if _exit_registered_pid == os.getpid():
        return
    _exit_registered_pid = os.getpid()
    # atexit (not threading._register_atexit): as in CPython, children are
    # joined after threading's exit hooks (which shut executors down) ran.
    try:
        import atexit
    except ImportError:
        # No atexit module: run last among threading's exit hooks instead.
        threading._threading_atexits.insert(0, _exit_function)
    else:
        atexit.register(_exit_function)


class _Popen:
    """A forked child: pid, exit status, and a sentinel pipe that becomes readable when it exits."""

    def __init__(self, process_obj):
        self.returncode = None
        _flush_std_streams()
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 1
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        os.close(child_w)
        os.close(child_r)
        self.sentinel = parent_r
        self._parent_w = parent_w

    def poll(self, flag=WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
                # The sentinel stays open (others may still wait on it) until close().
                if self._parent_w is not None:
                    try:
                        os.close(self._parent_w)
                    except OSError:
                        pass
                    self._parent_w = None
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                if not _posix._mp_poll(self.sentinel, timeout):
                    return None
            return self.poll(0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(SIGTERM)

    def kill(self):
        self._send_signal(SIGKILL)

    def _close_fds(self):
        for attr in ('sentinel', '_parent_w'):
            fd = getattr(self, attr, None)
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
                setattr(self, attr, None)

    def close(self):
        self._close_fds()

    def __del__(self):
        try:
            self._close_fds()
        except Exception:
            pass


class BaseProcess:
    _start_method = 'fork'

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        _register_exit_function()
        self._popen = _Popen(self)
        self._sentinel = self._popen.sentinel
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        global _current_process, _parent_process, _process_counter, _children
        exitcode = 1
        try:
            _children = set()
            _process_counter = itertools.count(1)
            del _exit_flushers[:]
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid, parent_sentinel)
            _current_process = self
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            try:
                threading._shutdown()
            except Exception:
                pass
            _flush_std_streams()
        return exitcode


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': os.urandom(32), 'semprefix': '/mp'}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        return not _posix._mp_poll(self._sentinel, 0)

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        _posix._mp_poll(self._sentinel, timeout)


_current_process = _MainProcess()
_parent_process = None

_exitcode_to_name = {-SIGTERM: 'SIGTERM', -SIGKILL: 'SIGKILL', -2: 'SIGINT', -6: 'SIGABRT', -11: 'SIGSEGV',
                     -1: 'SIGHUP', -13: 'SIGPIPE'}
