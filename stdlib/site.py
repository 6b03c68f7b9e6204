# stdlib/site.py — site-specific configuration. minipy does not run site at
# start-up and has no site-packages of its own; this module only answers the
# questions programs ask (getsitepackages, getusersitepackages, ENABLE_USER_SITE)
# and lets a program add a site directory (addsitedir, with .pth processing).
import builtins
import os
import sys

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    dir = os.path.join(*paths)
    try:
        dir = os.path.abspath(dir)
    except OSError:
        pass
    return dir, os.path.normcase(dir)


def abs_paths():
    """Set all module __file__ attributes to absolute paths."""
    for m in set(sys.modules.values()):
        if getattr(m, '__file__', None) and not os.path.isabs(m.__file__):
            try:
                m.__file__ = os.path.abspath(m.__file__)
            except (AttributeError, OSError, TypeError):
                pass


def removeduppaths():
    """Remove duplicate entries from sys.path along with making them absolute."""
    result = []
    known = set()
    for dir in sys.path:
        dir, dircase = makepath(dir)
        if dircase not in known:
            result.append(dir)
            known.add(dircase)
    sys.path[:] = result
    return known


def _init_pathinfo():
    known = set()
    for item in sys.path:
        try:
            if os.path.exists(item):
                known.add(makepath(item)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Process a .pth file within the site-packages directory: add its
    directories to sys.path (lines starting with 'import' are executed)."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    try:
        f = open(fullname, encoding='utf-8')
    except OSError:
        return None
    with f:
        for n, line in enumerate(f):
            if line.startswith('#'):
                continue
            if line.strip() == '':
                continue
            try:
                if line.startswith(('import ', 'import\t')):
                    exec(line)
                    continue
                line = line.rstrip()
                dir, dircase = makepath(sitedir, line)
                if dircase not in known_paths and os.path.exists(dir):
                    sys.path.append(dir)
                    known_paths.add(dircase)
            except Exception:
                print('Error processing line {:d} of {}:\n'.format(n + 1, fullname), file=sys.stderr)
                import traceback
                for record in traceback.format_exception(*sys.exc_info()):
                    for line in record.splitlines():
                        print('  ' + line, file=sys.stderr)
                print('\nRemainder of file ignored', file=sys.stderr)
                break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add 'sitedir' argument to sys.path if missing and handle .pth files in 'sitedir'"""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Check if user site directory is safe for inclusion."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, 'getuid') and hasattr(os, 'geteuid'):
        if os.geteuid() != os.getuid():
            return None
    if hasattr(os, 'getgid') and hasattr(os, 'getegid'):
        if os.getegid() != os.getgid():
            return None
    return True


def _getuserbase():
    env_base = os.environ.get('PYTHONUSERBASE', None)
    if env_base:
        return env_base
    return os.path.expanduser('~/.local')


def getuserbase():
    """Returns the `user base` directory path."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def _get_path(userbase):
    version = sys.version_info
    return f'{userbase}/{sys.platlibdir}/python{version[0]}.{version[1]}/site-packages'


def getusersitepackages():
    """Returns the user-specific site-packages directory path."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user-specific site-packages directory to sys.path if it exists."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """Returns a list containing all global site-packages directories."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = [sys.platlibdir]
        if sys.platlibdir != 'lib':
            libdirs.append('lib')
        for libdir in libdirs:
            path = os.path.join(prefix, libdir,
                                'python%d.%d' % sys.version_info[:2], 'site-packages')
            sitepackages.append(path)
    return sitepackages


def addsitepackages(known_paths, prefixes=None):
    """Add site-packages to sys.path"""
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def setquit():
    """Define new builtins 'quit' and 'exit' (minipy already has them)."""


def setcopyright():
    """Set 'copyright' and 'credits' in builtins (minipy: nothing to do)."""


def sethelper():
    """Define the builtin 'help' (minipy: nothing to do)."""


def enablerlcompleter():
    """Enable default readline configuration on interactive prompts (the minipy REPL does its own)."""


def venv(known_paths):
    return known_paths


def execsitecustomize():
    """Run custom site specific code, if available."""
    try:
        import sitecustomize  # noqa: F401
    except ImportError as exc:
        if exc.name != 'sitecustomize':
            raise


def execusercustomize():
    """Run custom user specific code, if available."""
    try:
        import usercustomize  # noqa: F401
    except ImportError as exc:
        if exc.name != 'usercustomize':
            raise


def main():
    """Add standard site-specific directories to the module search path."""
    global ENABLE_USER_SITE
    orig_path = sys.path[:]
    known_paths = removeduppaths()
    if orig_path != sys.path:
        abs_paths()
    known_paths = venv(known_paths)
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)


ENABLE_USER_SITE = check_enableusersite()
USER_BASE = getuserbase()
USER_SITE = getusersitepackages()
