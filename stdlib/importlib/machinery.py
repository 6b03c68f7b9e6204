# stdlib/importlib/machinery.py — the finders, loaders and suffix lists of the
# import system (implemented in importlib._bootstrap and _bootstrap_external).
import importlib
from importlib._bootstrap import ModuleSpec, BuiltinImporter, FrozenImporter
from importlib._bootstrap_external import (
    SOURCE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES, BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES, WindowsRegistryFinder, PathFinder, FileFinder, SourceFileLoader,
    SourcelessFileLoader, ExtensionFileLoader, NamespaceLoader)


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
