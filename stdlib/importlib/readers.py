# stdlib/importlib/readers.py — resource readers for packages on disk.
import pathlib
from importlib.resources import abc


class FileReader(abc.TraversableResources):
    """Resources of a package loaded from a directory: its files."""

    def __init__(self, loader):
        self.path = pathlib.Path(loader.path).parent

    def resource_path(self, resource):
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path


class NamespaceReader(abc.TraversableResources):
    def __init__(self, namespace_path):
        self.path = [pathlib.Path(p) for p in namespace_path]

    def resource_path(self, resource):
        return str(self.path[0].joinpath(resource))

    def files(self):
        return self.path[0]
