# stdlib/importlib/_bootstrap.py — module specs and the finders/loaders for
# native (built-in) and embedded (frozen) modules, module_from_spec, and the
# meta-path search behind importlib.util.find_spec. minipy's importer
# (vm/import.cpp) does the real importing; once this module is loaded it is
# registered as sys.modules['_frozen_importlib'] and the importer calls
# _minipy_init_module() to give every new module its __spec__ and __loader__.
# Must not: re-implement the importer's search (it asks _imp.find_in_path).
import sys
import _imp

_POPULATE = object()
_minipy_default_finders = ()


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


class ModuleSpec:
    """The specification for a module, used for loading."""
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(parts))

    def __eq__(self, other):
        locs = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and locs == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            from importlib import _bootstrap_external
            self._cached = _bootstrap_external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        from importlib import _bootstrap_external
        if is_package is None:
            return _bootstrap_external.spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return _bootstrap_external.spec_from_file_location(name, loader=loader,
                                                           submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _exec(spec, module):
    """Execute the spec's module in an existing module's namespace (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError('module {!r} not in sys.modules'.format(name), name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError('missing loader', name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, 'exec_module'):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


def _load(spec):
    """Create a module from its spec, register it and execute it."""
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is not None and hasattr(spec.loader, 'exec_module'):
            spec.loader.exec_module(module)
        elif spec.loader is not None:
            spec.loader.load_module(spec.name)
    except BaseException:
        try:
            del sys.modules[spec.name]
        except KeyError:
            pass
        raise
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module


class BuiltinImporter:
    """Meta path import for built-in modules."""
    __module__ = '_frozen_importlib'
    _ORIGIN = 'built-in'

    @staticmethod
    def module_repr(module):
        return '<module {!r} ({})>'.format(module.__name__, BuiltinImporter._ORIGIN)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError('{!r} is not a built-in module'.format(spec.name), name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """Meta path import for the standard library embedded in minipy."""
    __module__ = '_frozen_importlib'
    _ORIGIN = 'frozen'

    @staticmethod
    def module_repr(m):
        return '<module {!r} ({})>'.format(m.__name__, FrozenImporter._ORIGIN)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        spec = ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          is_package=_imp.is_frozen_package(fullname))
        if spec.submodule_search_locations is not None:
            spec.submodule_search_locations.append('<frozen {}>'.format(fullname))
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        code = FrozenImporter.get_code(name)
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return compile(_imp.get_frozen_source(fullname), '<frozen {}>'.format(fullname), 'exec')

    @classmethod
    def get_source(cls, fullname):
        return _imp.get_frozen_source(fullname)

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)


def _find_spec(name, path, target=None):
    """Find a module's spec with the finders of sys.meta_path."""
    meta_path = sys.meta_path
    if not meta_path:
        import warnings
        warnings.warn('sys.meta_path is empty', ImportWarning)
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is None:
            continue
        if not is_reload and name in sys.modules:
            module = sys.modules[name]
            try:
                existing = module.__spec__
            except AttributeError:
                return spec
            return spec if existing is None else existing
        return spec
    return None


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    """Import and return the module named by name, package and level."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name, _POPULATE)
    if module is None:
        raise ModuleNotFoundError('import of {} halted; None in sys.modules'.format(name), name=name)
    if module is _POPULATE:
        __import__(name)
        module = sys.modules.get(name, None)
        if module is None:
            raise ModuleNotFoundError('import of {} halted; None in sys.modules'.format(name), name=name)
    return module


def _spec_for_loaded(module, origin, kind):
    """The spec of a module the native importer just created."""
    from importlib import _bootstrap_external as ext
    name = module.__name__
    path = module.__dict__.get('__path__')
    if kind == 'source':
        loader = ext.SourceFileLoader(name, origin)
        spec = ModuleSpec(name, loader, origin=origin)
        spec._set_fileattr = True
    elif kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    else:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
    if path is not None:
        spec.submodule_search_locations = path
    return spec


def _minipy_init_module(module, origin, kind):
    """Called by vm/import.cpp for each module it creates (before its code runs)."""
    spec = _spec_for_loaded(module, origin, kind)
    d = module.__dict__
    d['__spec__'] = spec
    d['__loader__'] = spec.loader
    if kind == 'source' and spec.cached is not None:
        d['__cached__'] = spec.cached


def _minipy_find_custom(name, path):
    """Called by vm/import.cpp when sys.meta_path holds finders other than
    importlib's defaults: walk sys.meta_path in order; when a custom finder
    comes first with a spec, load the module from it and return it. None lets
    the native importer (which the default finders describe) do the work."""
    for finder in list(sys.meta_path):
        if finder in _minipy_default_finders:
            if finder.find_spec(name, path) is not None:
                return None
            continue
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            find_module = getattr(finder, 'find_module', None)
            if find_module is None:
                continue
            loader = find_module(name, path)
            if loader is None:
                continue
            spec = spec_from_loader(name, loader)
        else:
            spec = find_spec(name, path, None)
            if spec is None:
                continue
        if name in sys.modules:
            return sys.modules[name]
        return _load(spec)
    return None


def _backfill():
    """Give the modules imported before importlib their __spec__ and __loader__."""
    for name, module in list(sys.modules.items()):
        if name == '__main__' or module is None:
            continue
        d = getattr(module, '__dict__', None)
        if d is None or d.get('__spec__') is not None or d.get('__name__') != name:
            continue
        if _imp.is_builtin(name):
            kind, origin = 'builtin', name
        elif '__file__' in d:
            kind, origin = 'source', d['__file__']
        elif _imp.is_frozen(name):
            kind, origin = 'frozen', name
        else:
            continue
        _minipy_init_module(module, origin, kind)


def _install():
    from importlib import _bootstrap_external as ext
    global _minipy_default_finders
    _minipy_default_finders = (BuiltinImporter, ext.PathFinder, FrozenImporter)
    if not hasattr(sys, 'meta_path'):
        # minipy's importer searches native modules, then sys.path, then the
        # embedded standard library (which CPython finds at the end of sys.path).
        sys.meta_path = list(_minipy_default_finders)
    if not hasattr(sys, 'path_hooks'):
        sys.path_hooks = [ext.FileFinder.path_hook(*ext._get_supported_file_loaders())]
    if not hasattr(sys, 'path_importer_cache'):
        sys.path_importer_cache = {}
    sys.modules.setdefault('_frozen_importlib', sys.modules[__name__])
    sys.modules.setdefault('_frozen_importlib_external', ext)
    _backfill()
