# stdlib/sysconfig.py — the installation's configuration: install schemes and
# their paths (get_paths, get_path), the platform tag, the Python version, and
# configuration variables (get_config_var/get_config_vars) for the names build
# tools commonly ask about. minipy has no Makefile or pyconfig.h to parse: the
# values are those of a standard CPython 3.11 build on this platform, based on
# sys.prefix.
import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt_venv': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot_plat}',
        'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
        'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/Python{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts',
        'data': '{userbase}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv']
_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = f'{sys.version_info[0]}.{sys.version_info[1]}'
_PY_VERSION_SHORT_NO_DOT = f'{sys.version_info[0]}{sys.version_info[1]}'
_PREFIX = os.path.normpath(sys.prefix)
_BASE_PREFIX = os.path.normpath(sys.base_prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_BASE_EXEC_PREFIX = os.path.normpath(sys.base_exec_prefix)
_CONFIG_VARS = None
_USER_BASE = None


def _machine():
    try:
        return os.uname().machine
    except AttributeError:
        return 'x86_64'


def _getuserbase():
    env_base = os.environ.get('PYTHONUSERBASE', None)
    if env_base:
        return env_base
    return os.path.expanduser('~/.local')


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{var}') from None


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, vars))
    return res


def _extend_dict(target_dict, other_dict):
    target_keys = target_dict.keys()
    for key, value in other_dict.items():
        if key in target_keys:
            continue
        target_dict[key] = value


def _get_preferred_schemes():
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}


def get_preferred_scheme(key):
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {scheme!r}, which is not a valid scheme on this platform")
    return scheme


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _multiarch():
    return f'{_machine()}-linux-gnu'


def _init_config_vars():
    machine = _machine()
    soabi = f'cpython-{_PY_VERSION_SHORT_NO_DOT}-{_multiarch()}'
    libdir = os.path.join(_EXEC_PREFIX, sys.platlibdir)
    libpl = os.path.join(_PREFIX, 'lib', f'python{_PY_VERSION_SHORT}', f'config-{_PY_VERSION_SHORT}-{_multiarch()}')
    include = os.path.join(_PREFIX, 'include', f'python{_PY_VERSION_SHORT}')
    v = {
        # Variables of the install schemes.
        'prefix': _PREFIX,
        'exec_prefix': _EXEC_PREFIX,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'installed_base': _BASE_PREFIX,
        'base': _PREFIX,
        'installed_platbase': _BASE_EXEC_PREFIX,
        'platbase': _EXEC_PREFIX,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd(),
        'platlibdir': sys.platlibdir,
        'abiflags': sys.abiflags,
        'py_version_nodot_plat': '',
        'userbase': _getuserbase(),
        # What the Makefile and pyconfig.h of a CPython build would define.
        'VERSION': _PY_VERSION_SHORT,
        'ABIFLAGS': sys.abiflags,
        'SOABI': soabi,
        'EXT_SUFFIX': f'.{soabi}.so',
        'SHLIB_SUFFIX': '.so',
        'MULTIARCH': _multiarch(),
        'HOST_GNU_TYPE': f'{machine}-pc-linux-gnu',
        'MACHDEP': 'linux',
        'SIZEOF_VOID_P': 8,
        'SIZEOF_LONG': 8,
        'SIZEOF_INT': 4,
        'SIZEOF_SIZE_T': 8,
        'SIZEOF_DOUBLE': 8,
        'SIZEOF_WCHAR_T': 4,
        'Py_DEBUG': 0,
        'Py_TRACE_REFS': 0,
        'Py_ENABLE_SHARED': 1,
        'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 1,
        'HAVE_FORK': 1,
        'CC': 'gcc',
        'CXX': 'g++',
        'AR': 'ar',
        'ARFLAGS': 'rcs',
        'CFLAGS': '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall',
        'CCSHARED': '-fPIC',
        'LDSHARED': 'gcc -shared',
        'BLDSHARED': 'gcc -shared',
        'LDFLAGS': '',
        'OPT': '-DNDEBUG -g -fwrapv -O3 -Wall',
        'BINDIR': os.path.join(_EXEC_PREFIX, 'bin'),
        'LIBDIR': libdir,
        'LIBPL': libpl,
        'LIBDEST': os.path.join(_PREFIX, 'lib', f'python{_PY_VERSION_SHORT}'),
        'BINLIBDEST': os.path.join(_EXEC_PREFIX, sys.platlibdir, f'python{_PY_VERSION_SHORT}'),
        'INCLUDEPY': include,
        'CONFINCLUDEPY': include,
        'INCLUDEDIR': os.path.join(_PREFIX, 'include'),
        'LIBRARY': f'libpython{_PY_VERSION_SHORT}.a',
        'LDLIBRARY': f'libpython{_PY_VERSION_SHORT}.so',
        'INSTSONAME': f'libpython{_PY_VERSION_SHORT}.so.1.0',
        'srcdir': libpl,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'EXE': '',
        'LIBS': '-lcrypt -ldl  -lpthread',
        'SYSLIBS': '-lm',
        'MACOSX_DEPLOYMENT_TARGET': '',
    }
    return v


def get_config_vars(*args):
    """With no arguments, return a dictionary of all configuration variables
    relevant for the current platform; with arguments, a list of their values."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """Return the value of a single variable using the dictionary returned by
    'get_config_vars()' (None when unknown)."""
    return get_config_vars().get(name)


def get_scheme_names():
    """Return a tuple containing the schemes names."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """Return a tuple containing the paths names."""
    return _SCHEME_KEYS


def get_paths(scheme=None, vars=None, expand=True):
    """Return a mapping containing an install scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=None, vars=None, expand=True):
    """Return a path corresponding to the scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """Return a string that identifies the current platform ('linux-x86_64')."""
    try:
        u = os.uname()
        osname, machine = u.sysname.lower(), u.machine
    except AttributeError:
        return sys.platform
    machine = machine.replace(' ', '_').replace('/', '-')
    return f'{osname}-{machine}'


def get_python_version():
    return _PY_VERSION_SHORT


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    """Return the path of the Makefile (minipy has none; CPython's location)."""
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    """Return the path of pyconfig.h (minipy has none; CPython's location)."""
    return os.path.join(get_path('platinclude'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Parse a config.h-style file into a dictionary."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def expand_makefile_vars(s, vars):
    """Expand Makefile-style variables -- "${foo}" or "$(foo)" -- in 's'."""
    import re
    rx = re.compile(r'\$\(([A-Za-z][A-Za-z0-9_]*)\)|\$\{([A-Za-z][A-Za-z0-9_]*)\}')
    while True:
        m = rx.search(s)
        if not m:
            return s
        name = m.group(1) or m.group(2)
        s = s[:m.start()] + str(vars.get(name, '')) + s[m.end():]
