# stdlib/importlib/resources/__init__.py — read data files shipped inside
# packages: files(package) returns a Traversable (a pathlib.Path for packages
# on disk), as_file() gives a real path; the legacy read_text/open_binary/...
# functions are kept (with their DeprecationWarning).
import contextlib
import functools
import os
import pathlib
import tempfile
import types
import warnings
import importlib

from importlib.resources.abc import ResourceReader, Traversable

__all__ = ['Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files',
           'is_resource', 'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = 'types.ModuleType | str'
Resource = str


class _NoFiles(Traversable):
    """The files of a package that has none on disk (e.g. embedded in minipy)."""

    def __init__(self, name):
        self._name = name

    def iterdir(self):
        return iter(())

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        if not descendants:
            return self
        return _Missing('/'.join(descendants))

    def open(self, mode='r', *args, **kwargs):
        raise IsADirectoryError(self._name)

    @property
    def name(self):
        return self._name


class _Missing(_NoFiles):
    def is_dir(self):
        return False

    def open(self, mode='r', *args, **kwargs):
        raise FileNotFoundError(self._name)


def _resolve(cand):
    return cand if isinstance(cand, types.ModuleType) else importlib.import_module(cand)


def _get_package(package):
    module = _resolve(package)
    spec = getattr(module, '__spec__', None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f'{package!r} is not a package')
    return module


def files(package):
    """Get a Traversable resource from a package."""
    module = _get_package(package)
    spec = module.__spec__
    loader = spec.loader
    reader = None
    if hasattr(loader, 'get_resource_reader'):
        reader = loader.get_resource_reader(spec.name)
    if reader is not None and hasattr(reader, 'files'):
        return reader.files()
    locations = [p for p in spec.submodule_search_locations if os.path.isdir(p)]
    if locations:
        return pathlib.Path(locations[0])
    return _NoFiles(spec.name)


@contextlib.contextmanager
def _tempfile(reader, suffix=''):
    fd, raw_path = tempfile.mkstemp(suffix=suffix)
    try:
        try:
            os.write(fd, reader())
        finally:
            os.close(fd)
        yield pathlib.Path(raw_path)
    finally:
        try:
            os.remove(raw_path)
        except FileNotFoundError:
            pass


@functools.singledispatch
def as_file(path):
    """Given a Traversable object, return that object as a path on the local
    file system in a context manager."""
    return _tempfile(path.read_bytes, suffix=path.name)


@as_file.register(pathlib.Path)
@contextlib.contextmanager
def _(path):
    yield path


def _deprecated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. "
            "Refer to https://importlib-resources.readthedocs.io"
            "/en/latest/using.html#migrating-from-legacy for migration advice.",
            DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


def _normalize_path(path):
    text = str(path)
    parent, file_name = os.path.split(text)
    if parent:
        raise ValueError(f'{path!r} must be only a file name')
    return file_name


@_deprecated
def open_binary(package, resource):
    """Return a file-like object opened for binary reading of the resource."""
    return (files(package) / _normalize_path(resource)).open('rb')


@_deprecated
def read_binary(package, resource):
    """Return the binary contents of the resource."""
    return (files(package) / _normalize_path(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """Return a file-like object opened for text reading of the resource."""
    return (files(package) / _normalize_path(resource)).open('r', encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """Return the decoded string of the resource."""
    with (files(package) / _normalize_path(resource)).open('r', encoding=encoding, errors=errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    """Return an iterable of entries in `package`."""
    return [path.name for path in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """True if `name` is a resource inside `package`."""
    resource = _normalize_path(name)
    return any(t.name == resource and t.is_file() for t in files(package).iterdir())


@_deprecated
def path(package, resource):
    """A context manager providing a file path object to the resource."""
    return as_file(files(package) / _normalize_path(resource))
