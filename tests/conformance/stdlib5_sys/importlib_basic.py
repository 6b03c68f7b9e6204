# importlib: import_module (absolute, relative, errors), find_spec, the
# "load a module from a path" recipe, reload, machinery and util helpers.
import importlib
import importlib.util
import importlib.machinery
import os
import sys
import tempfile

print(importlib.__all__)
m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
print(importlib.import_module('collections.abc').__name__)
print(importlib.import_module('.abc', 'collections').__name__)
print(importlib.import_module('..abc', 'collections.abc').__name__)

for args in [('.x',), ('..x', 'json'), ('nonexistent_mod_xyz',), ('json.nonexistent_xyz',),
             ('',), ('.', None)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', None))

print(importlib.util.resolve_name('..x', 'a.b.c'), importlib.util.resolve_name('y', None))
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print('ImportError', e)

print(importlib.util.find_spec('nonexistent_mod_xyz'))
try:
    importlib.util.find_spec('nonexistent_mod_xyz.sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
spec = importlib.util.find_spec('collections.abc')
print(spec.name, spec.parent, spec.submodule_search_locations)
spec = importlib.util.find_spec('sys')
print(spec.name, spec.origin, spec.has_location, spec.parent)
print(importlib.util.find_spec('sys') is sys.modules['sys'].__spec__)

print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.all_suffixes()[:2])
print(importlib.util.MAGIC_NUMBER)
print(importlib.util.cache_from_source('/a/b/c.py'))
print(importlib.util.source_from_cache('/a/b/__pycache__/c.cpython-311.pyc'))
try:
    importlib.util.source_from_cache('/a/b/c.cpython-311.pyc')
except ValueError as e:
    print('ValueError', e)
print(repr(importlib.util.decode_source(b'x = 1\r\ny = 2\r')))
print(repr(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\ns = "\xe9"\n')))

with tempfile.TemporaryDirectory() as tmp:
    def rel(p):
        return None if p is None else os.path.relpath(p, tmp)

    with open(os.path.join(tmp, 'plugin_a.py'), 'w') as f:
        f.write('VALUE = 41\ndef double(x):\n    return 2 * x\n')
    os.mkdir(os.path.join(tmp, 'pkg_b'))
    with open(os.path.join(tmp, 'pkg_b', '__init__.py'), 'w') as f:
        f.write('from . import inner\nNAME = __name__\n')
    with open(os.path.join(tmp, 'pkg_b', 'inner.py'), 'w') as f:
        f.write('WHERE = __name__\n')
    with open(os.path.join(tmp, 'data.txt'), 'w') as f:
        f.write('not python\n')

    # The recipe: a module from a file path.
    spec = importlib.util.spec_from_file_location('plugin_a', os.path.join(tmp, 'plugin_a.py'))
    print(spec.name, rel(spec.origin), spec.parent == '', spec.has_location,
          spec.submodule_search_locations, type(spec.loader).__name__)
    mod = importlib.util.module_from_spec(spec)
    print(sorted(k for k in vars(mod) if k.startswith('__')))
    print(mod.__name__, rel(mod.__file__), mod.__spec__ is spec, mod.__loader__ is spec.loader)
    sys.modules['plugin_a'] = mod
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.double(21))
    print(spec.loader.is_package('plugin_a'), spec.loader.get_source('plugin_a').splitlines()[0])

    # A package from its __init__.py.
    spec = importlib.util.spec_from_file_location('pkg_b', os.path.join(tmp, 'pkg_b', '__init__.py'))
    print([rel(p) for p in spec.submodule_search_locations], spec.parent)
    pkg = importlib.util.module_from_spec(spec)
    sys.modules['pkg_b'] = pkg
    spec.loader.exec_module(pkg)
    print(pkg.NAME, pkg.inner.WHERE, [rel(p) for p in pkg.__path__])

    print(importlib.util.spec_from_file_location('data', os.path.join(tmp, 'data.txt')))

    # Imports through sys.path, find_spec and reload.
    sys.path.insert(0, tmp)
    with open(os.path.join(tmp, 'reloadme.py'), 'w') as f:
        f.write('COUNT = 1\n')
    import reloadme
    print(reloadme.COUNT, rel(reloadme.__spec__.origin), reloadme.__spec__.name)
    with open(os.path.join(tmp, 'reloadme.py'), 'w') as f:
        f.write('COUNT = 2\nEXTRA = True\n')
    reloadme.KEPT = 'kept'
    r = importlib.reload(reloadme)
    print(r is reloadme, reloadme.COUNT, reloadme.EXTRA, reloadme.KEPT)
    spec = importlib.util.find_spec('reloadme')
    print(spec.name, rel(spec.origin))
    importlib.invalidate_caches()
    with open(os.path.join(tmp, 'fresh_mod.py'), 'w') as f:
        f.write('X = "fresh"\n')
    print(rel(importlib.util.find_spec('fresh_mod').origin))
    print(importlib.import_module('fresh_mod').X)
    sys.path.remove(tmp)

for bad in [1, 'json']:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print('TypeError', e)
fake = type(sys)('not_registered_xyz')
try:
    importlib.reload(fake)
except ImportError as e:
    print('ImportError', e, e.name)

# LazyLoader: the module runs on first attribute access.
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, 'lazy_one.py'), 'w') as f:
        f.write('print("lazy_one executed")\nANSWER = 42\n')
    spec = importlib.util.spec_from_file_location('lazy_one', os.path.join(tmp, 'lazy_one.py'))
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules['lazy_one'] = mod
    loader.exec_module(mod)
    print('before access')
    print(mod.ANSWER)

print(importlib.machinery.ModuleSpec('x', None) == importlib.machinery.ModuleSpec('x', None))
s = importlib.machinery.ModuleSpec('a.b', None, origin='somewhere', is_package=True)
print(s, s.parent, s.submodule_search_locations)
print(importlib.util.spec_from_loader('q', None))
