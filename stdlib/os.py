# stdlib/os.py — the `os` module: re-exports the native `posix` module and adds
# what is easier in Python (environ mapping, stat_result, scandir/DirEntry,
# makedirs, walk, fdopen, and CPython's os.py layer over exec/spawn: execl*,
# execvp*, spawn*). os.path is posixpath.
import sys
from posix import *
from posix import _exit, _stat, _scandir, _DT_DIR, _DT_REG, _DT_LNK
import posix as _posix
import posixpath as path
from _collections_abc import MutableMapping, Mapping

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True
error = OSError
sys.modules['os.path'] = path


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---------------------------------------------------------------- environ
# One str-keyed dict holds the process environment; environ (str) and
# environb (bytes) are two views of it. Every change goes through
# putenv/unsetenv, so children see it.
class _Environ(MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
            for key, value in self._data.items())
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


def _identity(value):
    return value


def _encode_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value.decode('utf-8', 'surrogateescape')


def _decode_bytes(value):
    return value.encode('utf-8', 'surrogateescape')


environ = _Environ(_posix.environ, _check_str, _identity, _check_str, _identity)
environb = _Environ(_posix.environ, _encode_bytes, _decode_bytes, _encode_bytes, _decode_bytes)
del _posix.environ


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environb.get(key, default)


# ---------------------------------------------------------------- stat
class stat_result:
    # A plain class (not a tuple subclass) holding the 10 visible fields plus extras.
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')
    __slots__ = ('_raw',)

    def __init__(self, raw):
        self._raw = tuple(raw)

    st_mode = property(lambda self: self._raw[0])
    st_ino = property(lambda self: self._raw[1])
    st_dev = property(lambda self: self._raw[2])
    st_nlink = property(lambda self: self._raw[3])
    st_uid = property(lambda self: self._raw[4])
    st_gid = property(lambda self: self._raw[5])
    st_size = property(lambda self: self._raw[6])
    st_atime = property(lambda self: self._raw[10])
    st_mtime = property(lambda self: self._raw[11])
    st_ctime = property(lambda self: self._raw[12])
    st_atime_ns = property(lambda self: self._raw[13])
    st_mtime_ns = property(lambda self: self._raw[14])
    st_ctime_ns = property(lambda self: self._raw[15])
    st_blksize = property(lambda self: self._raw[16])
    st_blocks = property(lambda self: self._raw[17])
    st_rdev = property(lambda self: self._raw[18])

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._raw[:10][i]

    def __iter__(self):
        return iter(self._raw[:10])

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._raw[:10] == other._raw[:10]
        return self._raw[:10] == other

    def __hash__(self):
        return hash(self._raw[:10])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._fields, self._raw))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_stat(path, False))


def fstat(fd):
    return stat_result(_stat(fd, True))


# ---------------------------------------------------------------- scandir
class DirEntry:
    __slots__ = ('name', 'path', '_d_type', '_stat', '_lstat')

    def __init__(self, name, path, d_type):
        self.name = name
        self.path = path
        self._d_type = d_type
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode_is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == kind

    def is_dir(self, *, follow_symlinks=True):
        if self._d_type == _DT_DIR:
            return True
        if self._d_type == _DT_REG or (self._d_type != _DT_LNK and self._d_type != 0):
            return False
        if self._d_type == _DT_LNK and not follow_symlinks:
            return False
        return self._mode_is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        if self._d_type == _DT_REG:
            return True
        if self._d_type == _DT_DIR or (self._d_type != _DT_LNK and self._d_type != 0):
            return False
        if self._d_type == _DT_LNK and not follow_symlinks:
            return False
        return self._mode_is(0o100000, follow_symlinks)

    def is_symlink(self):
        if self._d_type != 0:
            return self._d_type == _DT_LNK
        return self._mode_is(0o120000, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    if path is None:
        path = '.'
    path = fspath(path)
    entries = []
    for name, d_type in _scandir(path):
        if isinstance(path, bytes):
            full = path + b'/' + name if not path.endswith(b'/') else path + name
        else:
            full = path + '/' + name if not path.endswith('/') else path + name
        entries.append(DirEntry(name, full, d_type))
    return _ScandirIterator(entries)


# ---------------------------------------------------------------- composite helpers
def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink
                if walk_into:
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None
    try:
        path_listb = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_listb
    if path_list is not None and isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---------------------------------------------------------------- exec and spawn (CPython's os.py layer)
def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    last_exc = None
    for dir in map(fsencode, get_exec_path(env)):
        fullname = path.join(dir, fsencode(file))
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawnvef(mode, file, args, env, func):
    # The child runs only the exec call (and _exit(127) if it fails).
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if not args or not args[0]:
        raise ValueError('argv first element cannot be empty')
    pid = fork()
    if not pid:
        try:
            if env is None:
                func(file, args)
            else:
                func(file, args, env)
        except:
            _exit(127)
    else:
        if mode == P_NOWAIT:
            return pid
        while 1:
            wpid, sts = waitpid(pid, 0)
            if WIFSTOPPED(sts):
                continue
            return waitstatus_to_exitcode(sts)


def spawnv(mode, file, args):
    """spawnv(mode, file, args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    """spawnve(mode, file, args, env) -> integer

Execute file with arguments from args in a subprocess with the
specified environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    """spawnvp(mode, file, args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    """spawnvpe(mode, file, args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    """spawnl(mode, file, *args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnle(mode, file, *args, env) -> integer

Execute file with arguments from args in a subprocess with the
supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    env = args[-1]
    return spawnve(mode, file, args[:-1], env)


def spawnlp(mode, file, *args):
    """spawnlp(mode, file, *args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnlpe(mode, file, *args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    env = args[-1]
    return spawnvpe(mode, file, args[:-1], env)


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
