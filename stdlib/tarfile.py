# stdlib/tarfile.py — read and write tar archives: the ustar, GNU and pax
# header formats (pax is the default), plain and gzip-compressed archives
# (modes 'r', 'r:*', 'r:gz', 'w', 'w:gz', 'x', 'a', and the streaming 'r|gz' /
# 'w|gz'), TarInfo, extractfile, extract/extractall with the extraction filters
# of 3.11.4+ (fully_trusted, tar, data), and `python -m tarfile`. Archives are
# byte-identical to CPython 3.11's for the same members. bz2 and xz need
# modules minipy lacks: those modes raise CompressionError.
import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = ['TarFile', 'TarInfo', 'is_tarfile', 'TarError', 'ReadError', 'CompressionError',
           'StreamError', 'ExtractError', 'HeaderError', 'ENCODING', 'USTAR_FORMAT', 'GNU_FORMAT',
           'PAX_FORMAT', 'DEFAULT_FORMAT', 'open', 'fully_trusted_filter', 'data_filter',
           'tar_filter', 'FilterError', 'AbsoluteLinkError', 'OutsideDestinationError',
           'SpecialFileError', 'AbsolutePathError', 'LinkOutsideDestinationError']

NUL = b'\0'
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b'ustar  \0'
POSIX_MAGIC = b'ustar\x0000'

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b'0'
AREGTYPE = b'\0'
LNKTYPE = b'1'
SYMTYPE = b'2'
CHRTYPE = b'3'
BLKTYPE = b'4'
DIRTYPE = b'5'
FIFOTYPE = b'6'
CONTTYPE = b'7'

GNUTYPE_LONGNAME = b'L'
GNUTYPE_LONGLINK = b'K'
GNUTYPE_SPARSE = b'S'

XHDTYPE = b'x'
XGLTYPE = b'g'
SOLARIS_XHDTYPE = b'X'

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ('path', 'linkpath', 'size', 'mtime', 'uid', 'gid', 'uname', 'gname')
PAX_NAME_FIELDS = {'path', 'linkpath', 'uname', 'gname'}
PAX_NUMBER_FIELDS = {'atime': float, 'ctime': float, 'mtime': float, 'uid': int, 'gid': int,
                     'size': int}

ENCODING = sys.getfilesystemencoding() if os.name != 'nt' else 'utf-8'


# ---------------------------------------------------------------- header fields
def stn(s, length, encoding, errors):
    """Convert a string to a null-terminated bytes object."""
    if s is None:
        raise ValueError('metadata cannot contain None')
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    """Convert a null-terminated bytes object to a string."""
    p = s.find(b'\0')
    if p != -1:
        s = s[:p]
    return s.decode(encoding, errors)


def nti(s):
    """Convert a number field to a python number (octal, or GNU base-256)."""
    if s[0] in (0o200, 0o377):
        n = 0
        for i in range(len(s) - 1):
            n <<= 8
            n += s[i + 1]
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
    else:
        try:
            s = nts(s, 'ascii', 'strict')
            n = int(s.strip() or '0', 8)
        except ValueError:
            raise InvalidHeaderError('invalid header')
    return n


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Convert a python number to a number field (octal, or base-256 in GNU format)."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        s = bytes('%0*o' % (digits - 1, n), 'ascii') + NUL
    elif format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            s = bytearray([0o200])
        else:
            s = bytearray([0o377])
            n = 256 ** digits + n
        for i in range(digits - 1):
            s.insert(1, n & 0o377)
            n >>= 8
    else:
        raise ValueError('overflow in number field')
    return s


def calc_chksums(buf):
    """The header checksum (the checksum field counted as spaces), both as
    unsigned and as signed bytes (some old tars used the latter)."""
    unsigned = 256 + sum(struct.unpack_from('148B8x356B', buf))
    signed = 256 + sum(struct.unpack_from('148b8x356b', buf))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes from fileobj src to fileobj dst (all when length is None)."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    blocks, remainder = divmod(length, bufsize)
    for _ in range(blocks):
        buf = src.read(bufsize)
        if len(buf) < bufsize:
            raise exception('unexpected end of data')
        dst.write(buf)
    if remainder != 0:
        buf = src.read(remainder)
        if len(buf) < remainder:
            raise exception('unexpected end of data')
        dst.write(buf)


def _safe_print(s):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        s = s.encode(encoding, 'backslashreplace').decode(encoding)
    print(s, end=' ')


# ---------------------------------------------------------------- exceptions
class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         + 'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         + 'which is outside the destination')


# ---------------------------------------------------------------- extraction filters
def _get_filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = new_attrs['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        mode = mode & 0o755  # no high bits, no group/other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs['mode'] = mode
    if for_data:
        if member.uid is not None:
            new_attrs['uid'] = None
        if member.gid is not None:
            new_attrs['gid'] = None
        if member.uname is not None:
            new_attrs['uname'] = None
        if member.gname is not None:
            new_attrs['gname'] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, False)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


def data_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, True)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


_NAMED_FILTERS = {
    'fully_trusted': fully_trusted_filter,
    'tar': tar_filter,
    'data': data_filter,
}


# ---------------------------------------------------------------- streams
class _LowLevelFile:
    """A raw file opened by name, for the streaming modes."""

    def __init__(self, name, mode):
        mode = {'r': os.O_RDONLY, 'w': os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode]
        if hasattr(os, 'O_BINARY'):
            mode |= os.O_BINARY
        self.fd = os.open(name, mode, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


class _Stream:
    """A forward-only file object for the '|' modes: the archive is read or
    written as one stream (optionally through gzip)."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
            self._extfileobj = False
        else:
            self._extfileobj = True
        if comptype == '*':
            # Sniff the compression from the first bytes.
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ''
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.pos = 0
        self.closed = False
        self._raw = fileobj
        if comptype == 'gz':
            import gzip
            self._gz = gzip.GzipFile(None, mode + 'b', compresslevel, fileobj) if mode == 'w' \
                else gzip.GzipFile(fileobj=fileobj, mode='rb')
            self._io = self._gz
        elif comptype == 'tar':
            self._gz = None
            self._io = fileobj
        elif comptype in ('bz2', 'xz'):
            if not self._extfileobj:
                fileobj.close()
            raise CompressionError('%s module is not available' % ('bz2' if comptype == 'bz2' else 'lzma'))
        else:
            if not self._extfileobj:
                fileobj.close()
            raise CompressionError('unknown compression type %r' % comptype)

    def write(self, s):
        self._io.write(s)
        self.pos += len(s)

    def read(self, size):
        data = b''
        while len(data) < size:
            chunk = self._io.read(size - len(data))
            if not chunk:
                break
            data += chunk
        self.pos += len(data)
        return data

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos - self.pos >= 0:
            blocks, remainder = divmod(pos - self.pos, self.bufsize)
            for i in range(blocks):
                self.read(self.bufsize)
            self.read(remainder)
        else:
            raise StreamError('seeking backwards is not allowed')
        return self.pos

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self._gz is not None:
                self._gz.close()
        finally:
            if not self._extfileobj:
                self._raw.close()


class _StreamProxy:
    """Reads the first block to find the compression of a stream."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = self.fileobj.read(BLOCKSIZE)

    def read(self, size):
        if self.buf:
            data, self.buf = self.buf[:size], self.buf[size:]
            if len(data) < size:
                data += self.fileobj.read(size - len(data))
            return data
        return self.fileobj.read(size)

    def getcomptype(self):
        if self.buf.startswith(b'\x1f\x8b\x08'):
            return 'gz'
        if self.buf[0:3] == b'BZh' and self.buf[4:10] == b'1AY&SY':
            return 'bz2'
        if self.buf.startswith((b'\x5d\x00\x00\x80', b'\xfd7zXZ')):
            return 'xz'
        return 'tar'

    def close(self):
        self.fileobj.close()


class _FileInFile:
    """A view of `size` bytes at `offset` of the archive (sparse members
    included)."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = name
        self.closed = False
        if blockinfo is None:
            blockinfo = [(0, size)]
        self.map_index = 0
        self.map = []
        lastpos = 0
        realpos = self.offset
        for offset, size in blockinfo:
            if offset > lastpos:
                self.map.append((False, lastpos, offset, None))
            self.map.append((True, offset, offset + size, realpos))
            realpos += size
            lastpos = offset + size
        if lastpos < self.size:
            self.map.append((False, lastpos, self.size, None))

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            self.position = min(max(position, 0), self.size)
        elif whence == io.SEEK_CUR:
            if position < 0:
                self.position = max(self.position + position, 0)
            else:
                self.position = min(self.position + position, self.size)
        elif whence == io.SEEK_END:
            self.position = max(min(self.size + position, self.size), 0)
        else:
            raise ValueError('Invalid argument')
        return self.position

    def read(self, size=None):
        if size is None or size < 0:
            size = self.size - self.position
        else:
            size = min(size, self.size - self.position)
        buf = b''
        while size > 0:
            while True:
                data, start, stop, offset = self.map[self.map_index]
                if start <= self.position < stop:
                    break
                self.map_index += 1
                if self.map_index == len(self.map):
                    self.map_index = 0
            length = min(size, stop - self.position)
            if data:
                self.fileobj.seek(offset + (self.position - start))
                b = self.fileobj.read(length)
                if len(b) != length:
                    raise ReadError('unexpected end of data')
                buf += b
            else:
                buf += NUL * length
            size -= length
            self.position += length
        return buf

    def readinto(self, b):
        buf = self.read(len(b))
        b[:len(buf)] = buf
        return len(buf)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedIOBase):
    """The file object extractfile() returns: a buffered reader of a member."""

    def __init__(self, tarfile, tarinfo):
        self.raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name,
                               tarinfo.sparse)
        self.name = tarinfo.name
        self.mode = 'rb'
        self._buf = b''

    @property
    def closed(self):
        return self.raw.closed

    def readable(self):
        return True

    def seekable(self):
        return self.raw.seekable()

    def _check(self):
        if self.raw.closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            data = self._buf + self.raw.read()
            self._buf = b''
            return data
        if len(self._buf) >= size:
            data, self._buf = self._buf[:size], self._buf[size:]
            return data
        data = self._buf + self.raw.read(size - len(self._buf))
        self._buf = b''
        return data

    def read1(self, size=-1):
        return self.read(size if size is not None and size >= 0 else io.DEFAULT_BUFFER_SIZE)

    def peek(self, size=0):
        self._check()
        if not self._buf:
            self._buf = self.raw.read(io.DEFAULT_BUFFER_SIZE)
        return self._buf

    def readline(self, size=-1):
        self._check()
        while b'\n' not in self._buf:
            chunk = self.raw.read(io.DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            self._buf += chunk
        nl = self._buf.find(b'\n')
        end = nl + 1 if nl >= 0 else len(self._buf)
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        return list(self)

    def tell(self):
        self._check()
        return self.raw.tell() - len(self._buf)

    def seek(self, pos, whence=io.SEEK_SET):
        self._check()
        if whence == io.SEEK_CUR:
            pos = self.tell() + pos
            whence = io.SEEK_SET
        self._buf = b''
        return self.raw.seek(pos, whence)

    def close(self):
        self._buf = b''
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


# TarInfo (the header codec) and TarFile live in their own files; they take
# the constants and helpers above from this (partly initialised) module.
if __name__ == '__main__':
    # `python -m tarfile`: let them find this module under its own name.
    sys.modules.setdefault('tarfile', sys.modules[__name__])
from _tarinfo import TarInfo, _KEEP  # noqa: E402
from _tarfile_archive import TarFile, is_tarfile, main  # noqa: E402

open = TarFile.open

if __name__ == '__main__':
    main()
