# stdlib/importlib/_bootstrap_external.py — loaders and finders for modules
# on disk: SourceFileLoader (and the sourceless/extension ones, which minipy
# cannot run), FileFinder, PathFinder (which asks the importer's own search,
# _imp.find_in_path), spec_from_file_location and the bytecode-cache path helpers.
# Must not: write bytecode files (minipy compiles from source every time).
import sys
import os
import _imp
from importlib import _bootstrap

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = _imp.extension_suffixes()
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_PYCACHE = '__pycache__'
_OPT = 'opt-'


def _cache_tag():
    return getattr(sys.implementation, 'cache_tag', None) or 'cpython-311'


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Given the path to a .py file, return the path to its .pyc file."""
    if debug_override is not None:
        import warnings
        warnings.warn('the debug_override parameter is deprecated; use '
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    almost = ''.join([(base if base else rest), '.', _cache_tag()])
    if optimization is None:
        optimization = sys.flags.optimize
        if optimization == 0:
            optimization = ''
    if optimization != '':
        optimization = str(optimization)
        if not optimization.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(optimization))
        almost = '{}.{}{}'.format(almost, _OPT, optimization)
    filename = almost + BYTECODE_SUFFIXES[0]
    return os.path.join(head, _PYCACHE, filename)


def source_from_cache(path):
    """Given the path to a .pyc file, return the path to its .py file."""
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != _PYCACHE:
        raise ValueError('{} not bottom-level directory in {!r}'.format(_PYCACHE, path))
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError("optimization portion of filename does not start with {!r}".format(_OPT))
        opt_level = optimization[len(_OPT):]
        if not opt_level.isalnum():
            raise ValueError("optimization level {!r} is not an alphanumeric value".format(optimization))
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def decode_source(source_bytes):
    """Decode bytes of source code into a str, with universal newlines."""
    import tokenize
    import io
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = source_bytes.decode(encoding)
    # Like io.IncrementalNewlineDecoder.decode() without final=True, a last
    # '\r' is held back (it could start a '\r\n') and so dropped.
    if text.endswith('\r'):
        text = text[:-1]
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _path_abspath(path):
    return path if os.path.isabs(path) else os.path.join(os.getcwd(), path)


def _check_name(method):
    def _check_name_wrapper(self, name=None, *args, **kwargs):
        if name is None:
            name = self.name
        elif self.name != name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name), name=name)
        return method(self, name, *args, **kwargs)
    _check_name_wrapper.__name__ = method.__name__
    _check_name_wrapper.__qualname__ = method.__qualname__
    _check_name_wrapper.__doc__ = method.__doc__
    return _check_name_wrapper


class _LoaderBasics:
    """Base class of common code needed by SourceLoader and SourcelessFileLoader."""
    __module__ = '_frozen_importlib_external'

    def is_package(self, fullname):
        filename = os.path.split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'.format(module.__name__))
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn('the load_module() method is deprecated and slated for removal in '
                      'Python 3.12; use exec_module() instead', DeprecationWarning)
        spec = spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            _bootstrap._exec(spec, module)
            return sys.modules[fullname]
        return _bootstrap._load(spec)


class SourceLoader(_LoaderBasics):
    __module__ = '_frozen_importlib_external'

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Optional method which writes data (bytes) to a file path (a str)."""

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        source_bytes = self.get_data(source_path)
        return self.source_to_code(source_bytes, source_path)


class FileLoader:
    """Base file loader class which implements the loader protocol methods that
    require file system usage."""
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    @_check_name
    def load_module(self, fullname):
        return super(FileLoader, self).load_module(fullname)

    @_check_name
    def get_filename(self, fullname):
        """Return the path to the source file as found by the finder."""
        return self.path

    def get_data(self, path):
        """Return the data from path as raw bytes."""
        with open(path, 'rb') as f:
            return f.read()

    @_check_name
    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""
    __module__ = '_frozen_importlib_external'

    def path_stats(self, path):
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def set_data(self, path, data, *, _mode=0o666):
        pass


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    """Loader which handles sourceless file imports (minipy cannot run .pyc files)."""
    __module__ = '_frozen_importlib_external'

    def get_code(self, fullname):
        raise ImportError('minipy cannot load bytecode files: {!r}'.format(self.path), name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """Loader for extension modules (minipy cannot load them)."""
    __module__ = '_frozen_importlib_external'

    def create_module(self, spec):
        raise ImportError('minipy cannot load extension modules: {!r}'.format(self.path), name=spec.name)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        file_name = os.path.split(self.path)[1]
        return any(file_name == '__init__' + suffix for suffix in EXTENSION_SUFFIXES)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        pass


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_bootstrap._POPULATE):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _bootstrap._POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return _bootstrap.spec_from_loader(name, loader, origin=origin, is_package=is_package)


def _get_supported_file_loaders():
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES),
            (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


class FileFinder:
    """File-based finder for one directory (minipy's import rule: a package
    directory with __init__.py first, then a .py module)."""
    __module__ = '_frozen_importlib_external'

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == '.':
            self.path = os.getcwd()
        else:
            self.path = _path_abspath(path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        found = _imp.find_in_path(tail, [self.path])
        if found is None:
            return None
        file, is_package, pkgdir = found
        loader = SourceFileLoader(fullname, file)
        return spec_from_file_location(fullname, file, loader=loader,
                                       submodule_search_locations=[pkgdir] if is_package else None)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not os.path.isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""
    __module__ = '_frozen_importlib_external'

    @staticmethod
    def invalidate_caches():
        cache = getattr(sys, 'path_importer_cache', None)
        if cache:
            for name, finder in list(cache.items()):
                if finder is None:
                    del cache[name]
                elif hasattr(finder, 'invalidate_caches'):
                    finder.invalidate_caches()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        entries = [(os.getcwd() if p in ('', '.') else p) for p in path if isinstance(p, str)]
        found = _imp.find_in_path(fullname.rpartition('.')[2], entries)
        if found is None:
            return None
        file, is_package, pkgdir = found
        loader = SourceFileLoader(fullname, file)
        return spec_from_file_location(fullname, file, loader=loader,
                                       submodule_search_locations=[pkgdir] if is_package else None)

    @staticmethod
    def find_distributions(*args, **kwargs):
        from importlib.metadata import MetadataPathFinder
        return MetadataPathFinder.find_distributions(*args, **kwargs)


class WindowsRegistryFinder:
    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None
