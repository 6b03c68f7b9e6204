# stdlib/importlib/util.py — utility code for importers: find_spec,
# resolve_name, spec_from_file_location / spec_from_loader / module_from_spec
# (the "load a module from a path" recipe), the bytecode-cache path helpers,
# source decoding and LazyLoader.
import sys
import types
import functools
import importlib
from importlib import _bootstrap
from importlib._bootstrap import module_from_spec, spec_from_loader, _resolve_name, _find_spec
from importlib._bootstrap_external import (
    MAGIC_NUMBER, cache_from_source, decode_source, source_from_cache, spec_from_file_location)
from importlib.abc import Loader


def source_hash(source_bytes):
    "Return the hash of *source_bytes* as used in hash-based pyc files."
    import hashlib
    return hashlib.blake2b(bytes(source_bytes), digest_size=8).digest()


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _find_spec_from_path(name, path=None):
    if name not in sys.modules:
        return _find_spec(name, path)
    module = sys.modules[name]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def find_spec(name, package=None):
    """Return the spec for the specified module.

    If the name is for a submodule (contains a dot), the parent module is
    automatically imported. If the name is in sys.modules, that module's
    __spec__ is returned; None when no spec is found.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def _deprecated_decorator():
    import warnings
    warnings.warn('The import system now takes care of this automatically; '
                  'this decorator is slated for removal in Python 3.12',
                  DeprecationWarning, stacklevel=3)


def set_package(fxn):
    """Deprecated: set __package__ on the module fxn returns."""
    @functools.wraps(fxn)
    def wrapper(*args, **kwargs):
        _deprecated_decorator()
        module = fxn(*args, **kwargs)
        if getattr(module, '__package__', None) is None:
            name = module.__name__
            module.__package__ = name if hasattr(module, '__path__') else name.rpartition('.')[0]
        return module
    return wrapper


def set_loader(fxn):
    """Deprecated: set __loader__ on the module fxn returns."""
    @functools.wraps(fxn)
    def wrapper(self, *args, **kwargs):
        _deprecated_decorator()
        module = fxn(self, *args, **kwargs)
        if getattr(module, '__loader__', None) is None:
            module.__loader__ = self
        return module
    return wrapper


class _LazyModule(types.ModuleType):
    """A module whose code runs on its first attribute access (LazyLoader)."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, '__spec__')
        state = spec.loader_state
        # Become an ordinary module first, so the attribute accesses below and
        # inside the module's own code do not come back here.
        object.__setattr__(self, '__class__', state['__class__'])
        before = state['__dict__']
        changed = {k: v for k, v in self.__dict__.items() if k not in before or before[k] is not v}
        spec.loader.exec_module(self)
        name = spec.name
        if name in sys.modules and sys.modules[name] is not self:
            raise ValueError(f"module object for {name!r} substituted in sys.modules during a lazy load")
        self.__dict__.update(changed)
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__(attr)
        delattr(self, attr)


class LazyLoader(Loader):
    """A loader that creates a module which defers loading until attribute access."""

    @staticmethod
    def _check(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    @classmethod
    def factory(cls, loader):
        """Construct a callable which returns the eager loader made lazy."""
        cls._check(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self._check(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        """Make the module load lazily."""
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'__dict__': module.__dict__.copy(), '__class__': module.__class__}
        module.__class__ = _LazyModule
