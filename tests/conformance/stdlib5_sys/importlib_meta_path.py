# importlib: finders a program puts on sys.meta_path are used by import statements.
import sys, importlib.abc, importlib.util, importlib.machinery


class VirtualLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.GREETING = 'hello from ' + module.__name__
        if module.__spec__.submodule_search_locations is not None:
            module.__path__ = []


class VirtualFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == 'virtual_pkg' or fullname.startswith('virtual_pkg.'):
            print('find_spec', fullname, path)
            return importlib.util.spec_from_loader(fullname, VirtualLoader(), is_package=(fullname == 'virtual_pkg'))
        return None


sys.meta_path.insert(0, VirtualFinder())
import virtual_pkg
print(virtual_pkg.GREETING, virtual_pkg.__spec__.name, type(virtual_pkg.__loader__).__name__)
from virtual_pkg import sub
print(sub.GREETING, virtual_pkg.sub is sub)
import virtual_pkg.other as o
print(o.GREETING)
import json
print(json.dumps([1]))
try:
    import virtual_nothing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)


class Blocker:
    def find_spec(self, fullname, path, target=None):
        if fullname == 'blocked_mod':
            raise ImportError('blocked by policy')
        return None


sys.meta_path.append(Blocker())
try:
    import blocked_mod
except ImportError as e:
    print('ImportError', e)
sys.meta_path.insert(0, Blocker())
try:
    import blocked_mod
except ImportError as e:
    print('ImportError', e)
print(importlib.util.find_spec('virtual_pkg.third').name)
