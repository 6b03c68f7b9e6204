# stdlib/platform.py — information about the machine and the interpreter
# (system, node, release, machine, uname, platform, python_version,
# python_implementation, libc_ver, freedesktop_os_release...) from os.uname()
# and sys, with CPython 3.11's formats on Linux. minipy reports itself as
# CPython, the implementation whose behaviour it reproduces (sys.version says
# minipy, and CPython's own platform module would classify it the same way).
import collections
import os
import re
import sys

__version__ = '1.0.8'

_uname_cache = None


class uname_result(
    collections.namedtuple(
        "uname_result_base",
        "system node release version machine")
):
    """
    A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _unknown_as_blank(_Processor.get())

    def __iter__(self):
        return iter(tuple(super().__iter__()) + (self.processor,))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


class _Processor:
    @classmethod
    def get(cls):
        # Linux: uname -p is usually 'unknown'; CPython reports ''.
        return ''


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


def uname():
    """Fairly portable uname interface. Returns a tuple
    of strings (system, node, release, version, machine, processor)
    identifying the underlying platform.
    """
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = infos = os.uname()
    except AttributeError:
        system = sys.platform
        node = release = version = machine = ''
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows', or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (which may not be fully qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6' ('' when unknown)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for (bits, linkage); defaults from the pointer size and ELF."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not linkage:
        linkage = 'ELF'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable is linked against."""
    if not executable:
        try:
            ver = os.confstr('CS_GNU_LIBC_VERSION')
            # parse 'glibc 2.28' as ('glibc', '2.28')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            # os.confstr() or CS_GNU_LIBC_VERSION value not available
            pass
        executable = sys.executable
        if not executable:
            return lib, version
    libc_search = re.compile(rb'(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)', re.ASCII)
    try:
        with open(executable, 'rb') as f:
            binary = f.read(chunksize)
    except OSError:
        return lib, version
    pos = 0
    while pos < len(binary):
        m = libc_search.search(binary, pos)
        if not m:
            break
        libcinit, glibc, glibcversion, so, threads, soversion = [
            s.decode('latin1') if s is not None else s for s in m.groups()]
        if libcinit and not lib:
            lib = 'libc'
        elif glibc:
            if lib != 'glibc':
                lib = 'glibc'
                version = glibcversion
            elif glibcversion > version:
                version = glibcversion
        pos = m.end()
    return lib, version


def _platform(*args):
    """Helper to format the platform string in a filename
    compatible format e.g. "system-version-machine".
    """
    # Format the platform string
    platform = '-'.join(x.strip() for x in filter(len, args))

    # Cleanup some possible filename obstacles...
    platform = platform.replace(' ', '_')
    platform = platform.replace('/', '-')
    platform = platform.replace('\\', '-')
    platform = platform.replace(':', '-')
    platform = platform.replace(';', '-')
    platform = platform.replace('"', '-')
    platform = platform.replace('(', '-')
    platform = platform.replace(')', '-')

    # No need to report 'unknown' information...
    platform = platform.replace('unknown', '')

    # Fold '--'s and remove trailing '-'
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1] == '-':
        platform = platform[:-1]

    return platform


_platform_cache = {}


def platform(aliased=0, terse=0):
    """Returns a single string identifying the underlying platform
    with as much useful information as possible (but no more :).
    """
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result

    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if system == 'Linux':
        # check for libc vs. glibc
        libcname, libcversion = libc_ver()
        platform = _platform(system, release, machine, processor,
                             'with',
                             libcname + libcversion)
    elif terse:
        platform = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        platform = _platform(system, release, machine,
                             processor, bits, linkage)

    _platform_cache[(aliased, terse)] = platform
    return platform


def _sys_version():
    """(name, version, branch, revision, buildno, builddate, compiler) of this interpreter."""
    text = sys.version
    m = re.match(r'([\w.+]+)\s*\(#?([^,]+)(?:,\s*([^,)]*)(?:,\s*([^,)]*))?)?\)\s*\[([^\]]+)\]?', text)
    if m:
        version, buildno, builddate, buildtime, compiler = m.groups()
    else:
        version = '%d.%d.%d' % sys.version_info[:3]
        buildno, builddate, buildtime, compiler = '', '', '', ''
    if builddate and buildtime:
        builddate = builddate + ' ' + buildtime
    return 'CPython', version, '', '', buildno or '', builddate or '', compiler or ''


def python_implementation():
    """Returns a string identifying the Python implementation ('CPython')."""
    return _sys_version()[0]


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build number and date as strings."""
    return _sys_version()[4:6]


def python_compiler():
    """Returns a string identifying the compiler used for compiling Python."""
    return _sys_version()[6]


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing names (unchanged on Linux)."""
    return system, release, version


# freedesktop.org os-release standard
_os_release_line = re.compile(
    "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$"
)
_os_release_unescape = re.compile(r"\\([\\\$\"\'`])")
_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    # These fields are mandatory fields with well-known defaults
    # in practice all Linux distributions override NAME, ID, and PRETTY_NAME.
    info = {
        "NAME": "Linux",
        "ID": "linux",
        "PRETTY_NAME": "Linux",
    }

    for line in lines:
        mo = _os_release_line.match(line)
        if mo is not None:
            info[mo.group('name')] = _os_release_unescape.sub(
                r"\1", mo.group('value')
            )

    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    """
    global _os_release_cache

    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(
                errno,
                f"Unable to read files {', '.join(_os_release_candidates)}"
            )

    return _os_release_cache.copy()
