# stdlib/os.py — the `os` module: re-exports the native `posix` module and adds
# what is easier in Python (environ mapping, stat_result, scandir/DirEntry,
# makedirs, walk, fdopen, get_terminal_size). os.path is posixpath.
import sys
from posix import *
from posix import _exit, _stat, _scandir, _get_terminal_size, _DT_DIR, _DT_REG, _DT_LNK
import posix as _posix
import posixpath as path

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
class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (k, v) for k, v in self._data.items())

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)
del _posix.environ


def getenv(key, default=None):
    return environ.get(key, default)


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


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    return terminal_size(_get_terminal_size(fd))


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH', defpath)
    return p.split(pathsep)


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f and (status & 0x7f) != 0


def WTERMSIG(status):
    return status & 0x7f


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %r" % status)


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
