# os / os.path: pure path functions and real file-system calls in a temp dir.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs, relpath, commonprefix

print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir)
print(join('a', 'b', 'c'), join('/a', '/b', 'c'), join('a/', 'b'), join('', 'x'))
print(split('/x/y/z.txt'), split('z'), split('/'), split('a/b/'))
print(splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('noext'), splitext('a.b/c'))
print(normpath('/a/./b/../c//d'), normpath(''), normpath('../x/..'), normpath('//a'), normpath('///a'))
print(basename('/a/b'), dirname('/a/b'), dirname('a'), isabs('/x'), isabs('x'))
print(relpath('/a/b/c', '/a'), relpath('/a', '/a/b/c'), commonprefix(['/usr/lib', '/usr/local']))
print(os.path.expanduser('~nobody_here/x'), os.path.expandvars('$NO_SUCH_VAR_X/y'))

base = '/tmp/_minipy_conf_os_%d' % os.getpid()
os.makedirs(join(base, 'sub', 'deep'), exist_ok=True)
os.makedirs(join(base, 'sub'), exist_ok=True)
try:
    os.makedirs(join(base, 'sub'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == join(base, 'sub'))
with open(join(base, 'a.txt'), 'w') as f:
    f.write('hello\n')
fd = os.open(join(base, 'b.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'12345'))
os.close(fd)
fd = os.open(join(base, 'b.bin'), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 10))
os.close(fd)
print(sorted(os.listdir(base)))
print(sorted((e.name, e.is_file(), e.is_dir()) for e in os.scandir(base)))
st = os.stat(join(base, 'a.txt'))
print(st.st_size, os.path.getsize(join(base, 'b.bin')), type(st.st_mtime).__name__, st[6])
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(join(base, 'a.txt')), os.path.islink(base))
os.rename(join(base, 'a.txt'), join(base, 'c.txt'))
os.replace(join(base, 'c.txt'), join(base, 'd.txt'))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    print(relpath(root, base), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(join(root, name))
    for name in dirs:
        os.rmdir(join(root, name))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.stat(base)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(join(base, 'nope'))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir('/tmp/_minipy_no_such_dir_xyz')
except OSError as e:
    print(e)
