# runpy: run_path on a script and a directory, run_module on modules and
# packages (with and without alter_sys), init_globals, run_name, errors.
import os
import runpy
import sys

base = '/tmp/minipy_conf_runpy'
os.makedirs(base + '/rp_pkg', exist_ok=True)
files = {
    'script.py': "import sys\nprint('script', __name__, __file__.endswith('script.py'), repr(__package__), "
                 "sys.argv[0].endswith('script.py'), __spec__, __doc__)\nx = 41 + injected\n",
    'rp_pkg/__init__.py': "print('pkg init', __name__)\n",
    'rp_pkg/__main__.py': "import sys\nprint('pkg main', __name__, __package__, sys.argv[0] == __file__, "
                          "__spec__.name, __spec__.parent)\n",
    'rp_pkg/mod.py': "import sys\nprint('mod', __name__, __package__, sys.modules.get(__name__) is not None)\n"
                     "value = 7\n",
    '__main__.py': "import sys\nprint('dir main', __name__, sys.argv[0].endswith('runpy'), sys.path[0].endswith('runpy'))\n",
    'broken.py': "raise ValueError('broken module')\n",
}
for name, text in files.items():
    with open(os.path.join(base, name), 'w') as f:
        f.write(text)
argv0 = sys.argv[0]
g = runpy.run_path(base + '/script.py', init_globals={'injected': 1})
print(g['x'], g['__name__'], sorted(k for k in g if k.startswith('__') and k != '__builtins__'))
print(sys.argv[0] == argv0, '<run_path>' in sys.modules)
g = runpy.run_path(base + '/script.py', {'injected': 2}, run_name='custom')
print(g['x'])
sys.path.insert(0, base)
g = runpy.run_module('rp_pkg.mod')
print(g['value'], g['__name__'], g['__package__'], g['__spec__'].name)
g = runpy.run_module('rp_pkg.mod', run_name='__main__', alter_sys=True)
print(sys.argv[0] == argv0, sys.modules['__main__'].__name__)
g = runpy.run_module('rp_pkg')
g = runpy.run_module('rp_pkg', alter_sys=True)
g = runpy.run_path(base)
print(g['__name__'], base in sys.path[1:], sys.path.count(base))
for bad in ['nope', 'rp_pkg.nope', 'json', '.relative']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    runpy.run_module('broken')
except ValueError as e:
    print('ValueError', e, 'broken' in sys.modules)
try:
    runpy.run_path(base + '/missing.py')
except OSError as e:
    print(type(e).__name__, e.errno)
g = runpy.run_module('textwrap')
print(callable(g['dedent']), g['__name__'], 'textwrap' in g['__spec__'].name)
