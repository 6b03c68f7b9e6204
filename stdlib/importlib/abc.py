# stdlib/importlib/abc.py — the abstract base classes of importers: finders,
# loaders and resource readers. Concrete loaders register with them.
import abc
from importlib import _bootstrap, _bootstrap_external, machinery
from importlib.resources.abc import ResourceReader, Traversable, TraversableResources

__all__ = ['Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader',
           'ResourceReader', 'Traversable', 'TraversableResources']


def _register(abstract_cls, *classes):
    for cls in classes:
        abstract_cls.register(cls)


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load (None: the default)."""
        return None

    def load_module(self, fullname):
        """Return the loaded module (deprecated; exec_module() is preferred)."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        spec = _bootstrap.spec_from_loader(fullname, self)
        if fullname in _bootstrap.sys.modules:
            module = _bootstrap.sys.modules[fullname]
            _bootstrap._exec(spec, module)
            return _bootstrap.sys.modules[fullname]
        return _bootstrap._load(spec)

    def module_repr(self, module):
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):
    """Legacy abstract base class for import finders."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any."""


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, machinery.WindowsRegistryFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for path entry finders used by PathFinder."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any."""


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """Abstract base class for loaders which can return data from their back-end storage."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """Abstract base class for loaders which support inspection about the modules they can load."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    exec_module = _bootstrap_external._LoaderBasics.exec_module
    load_module = _bootstrap_external._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """Abstract base class for loaders that wish to support the execution of
    modules as scripts."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class partially implementing the ResourceLoader and ExecutionLoader ABCs."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class for loading source code (and optionally any corresponding bytecode)."""

    def path_mtime(self, path):
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)['mtime'])

    def path_stats(self, path):
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Write the bytes to the path (if possible)."""


_register(SourceLoader, machinery.SourceFileLoader)
