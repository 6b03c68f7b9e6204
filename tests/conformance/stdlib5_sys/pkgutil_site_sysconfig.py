# pkgutil (iter_modules, walk_packages, get_data, resolve_name), site and
# sysconfig basics.
import os
import pkgutil
import site
import sys
import sysconfig
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def touch(*parts, text=''):
        path = os.path.join(tmp, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)

    touch('walkroot', 'alpha.py')
    touch('walkroot', 'beta.py', text='B = 2\n')
    touch('walkroot', 'notes.txt')
    touch('walkroot', 'wpkg', '__init__.py')
    touch('walkroot', 'wpkg', 'one.py')
    touch('walkroot', 'wpkg', 'res.dat', text='resource data')
    touch('walkroot', 'wpkg', 'sub', '__init__.py')
    touch('walkroot', 'wpkg', 'sub', 'two.py')
    touch('walkroot', 'nspkg', 'x.py')
    root = os.path.join(tmp, 'walkroot')
    sys.path.insert(0, root)

    for info in pkgutil.iter_modules([root]):
        print(info.name, info.ispkg, type(info.module_finder).__name__,
              os.path.relpath(info.module_finder.path, tmp))
    print([m.name for m in pkgutil.iter_modules([root], prefix='p.')])
    print([(m.name, m.ispkg) for m in pkgutil.walk_packages([root])])
    import wpkg
    print([(m.name, m.ispkg) for m in pkgutil.walk_packages(wpkg.__path__, 'wpkg.')])
    print(pkgutil.get_data('wpkg', 'res.dat'))
    print(pkgutil.get_data('wpkg', 'sub/__init__.py'))
    try:
        pkgutil.get_data('wpkg', 'missing.dat')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(pkgutil.resolve_name('wpkg.sub').__name__)
    print(pkgutil.resolve_name('beta:B'), pkgutil.resolve_name('os.path:join').__name__)
    print(pkgutil.resolve_name('os.path.join').__name__)
    for bad in ['1abc', 'os.nonexistent_attr_xyz', 'no_module_xyz:thing']:
        try:
            pkgutil.resolve_name(bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        list(pkgutil.iter_modules('a string'))
    except ValueError as e:
        print('ValueError', e)
    print(pkgutil.extend_path(['x'], 'not_a_pkg_xyz'))
    print(type(pkgutil.get_loader('wpkg')).__name__)
    sys.path.remove(root)

print(pkgutil.ModuleInfo._fields)

# site
print(type(site.ENABLE_USER_SITE).__name__)
print(site.getsitepackages(['/opt/pfx']))
print(site.getsitepackages(['/a', '/a', '/b']))
print(site.getusersitepackages().endswith('/lib/python3.11/site-packages'))
print(site.getuserbase() == site.USER_BASE, site.USER_SITE == site.getusersitepackages())
with tempfile.TemporaryDirectory() as tmp:
    extra = os.path.join(tmp, 'extra_dir')
    os.mkdir(extra)
    with open(os.path.join(tmp, 'my.pth'), 'w') as f:
        f.write('# comment\nextra_dir\nmissing_dir\n')
    before = list(sys.path)
    site.addsitedir(tmp)
    print([os.path.relpath(p, tmp) for p in sys.path if p not in before])
    sys.path[:] = before

# sysconfig
print(sysconfig.get_python_version())
print(sysconfig.get_path_names())
print(sysconfig.get_scheme_names())
print(sysconfig.get_default_scheme())
paths = sysconfig.get_paths(vars={'base': '/B', 'platbase': '/P', 'installed_base': '/I',
                                  'installed_platbase': '/IP', 'userbase': '/U'})
for key in sorted(paths):
    print(key, paths[key])
print(sysconfig.get_paths('posix_user', vars={'userbase': '/home/u'}))
print(sysconfig.get_path('scripts', 'posix_home', vars={'base': '/h'}))
for name in ['py_version_short', 'py_version_nodot', 'VERSION', 'SIZEOF_VOID_P', 'Py_DEBUG',
             'SHLIB_SUFFIX', 'EXE', 'no_such_var']:
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_config_vars('VERSION', 'no_such_var'))
print(sysconfig.is_python_build())
print(sysconfig.get_platform().startswith('linux-'))
print(sorted(sysconfig.get_paths('posix_prefix', expand=False))[:3])
