# stdlib/pkgutil.py — utilities over the import system: list the modules of a
# directory or package (iter_modules, walk_packages), read a package's data
# files (get_data), resolve 'pkg.mod:attr' names, find loaders and importers.
# Packages embedded in minipy (their __path__ is ['<frozen pkg>']) are listed
# from the embedded module table.
import collections
import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
import _imp

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data', 'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
           'ModuleInfo']

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class _FrozenFinder:
    """The 'finder' reported for the entries of an embedded package's __path__."""

    def __init__(self, path):
        self.path = path

    def find_spec(self, fullname, target=None):
        return importlib.machinery.FrozenImporter.find_spec(fullname)

    def __repr__(self):
        return '_FrozenFinder({!r})'.format(self.path)


def _module_name(filename):
    """The module name of a file name (inspect.getmodulename), or None."""
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _iter_dir_modules(finder, prefix=''):
    path = finder.path
    if path is None or not os.path.isdir(path):
        return
    try:
        names = sorted(os.listdir(path))
    except OSError:
        names = []
    seen = set()
    for name in names:
        modname = _module_name(name)
        if modname == '__init__' or modname in seen:
            continue
        ispkg = False
        if not modname and '.' not in name and os.path.isdir(os.path.join(path, name)):
            try:
                inner = os.listdir(os.path.join(path, name))
            except OSError:
                inner = []
            if not any(_module_name(f) == '__init__' for f in inner):
                continue
            modname, ispkg = name, True
        if modname and '.' not in modname:
            seen.add(modname)
            yield prefix + modname, ispkg


def _iter_frozen_modules(finder, prefix=''):
    entry = finder.path
    package = entry[len('<frozen '):-1]
    top = package == ''
    for name in _imp.frozen_names():
        if top:
            if '.' in name:
                continue
            last = name
        else:
            head, _, last = name.rpartition('.')
            if head != package:
                continue
        yield prefix + last, _imp.is_frozen_package(name)


def iter_importer_modules(importer, prefix=''):
    if isinstance(importer, _FrozenFinder):
        return _iter_frozen_modules(importer, prefix)
    if hasattr(importer, 'iter_modules'):
        return importer.iter_modules(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_dir_modules(importer, prefix)
    return iter(())


def get_importer(path_item):
    """Retrieve a finder for the given path item."""
    path_item = os.fsdecode(path_item)
    if path_item.startswith('<frozen ') and path_item.endswith('>'):
        return _FrozenFinder(path_item)
    cache = sys.path_importer_cache
    try:
        return cache[path_item]
    except KeyError:
        pass
    for hook in sys.path_hooks:
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        cache[path_item] = importer
        return importer
    return None


def iter_importers(fullname=''):
    """Yield finders for the given module name."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        pkg_name = fullname.rpartition('.')[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def iter_modules(path=None, prefix=''):
    """Yields ModuleInfo for all submodules on path, or, if path is None, all
    top-level modules on sys.path."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    seen = set()
    for finder in importers:
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """Yields ModuleInfo for all modules recursively on path, or, if path is
    None, all accessible modules (packages are imported to find their submodules)."""
    visited = {}

    def seen(p):
        if p in visited:
            return True
        visited[p] = True
        return False

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], '__path__', None) or []
                subpath = [p for p in subpath if not seen(p)]
                yield from walk_packages(subpath, info.name + '.', onerror)


def get_loader(module_or_name):
    """Get a "loader" object for module_or_name (deprecated)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """Find a "loader" object for fullname (deprecated)."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError('Error while finding loader for {!r} ({}: {})'.format(
            fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def read_code(stream):
    raise ImportError('minipy cannot read bytecode files')


def extend_path(path, name):
    """Extend a package's path with the same-named subdirectories of sys.path
    (pkgutil-style namespace packages)."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + '.pkg'
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for dir in search_path:
        if not isinstance(dir, str) or not os.path.isdir(dir):
            continue
        subdir = os.path.join(dir, final_name)
        if os.path.isdir(subdir) and os.path.isfile(os.path.join(subdir, '__init__.py')) \
                and subdir not in path:
            path.append(subdir)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """Get a resource from a package (None when the loader cannot read data)."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib._bootstrap._load(spec)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """Resolve a name like 'pkg.mod:attr.sub' (or the dotted form without a
    colon) to an object."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        ident = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{ident})(?P<cln>:(?P<obj>{ident})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result


class ImpImporter:
    """Deprecated in CPython; minipy does not provide the imp-based importer."""

    def __init__(self, path=None):
        raise ImportError('ImpImporter is not supported by minipy')


class ImpLoader:
    def __init__(self, *args):
        raise ImportError('ImpLoader is not supported by minipy')
