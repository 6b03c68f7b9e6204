# os: environment mapping, process ids, pipes, misc helpers.
import os

os.environ['MINIPY_TEST_VAR'] = 'value1'
print(os.environ['MINIPY_TEST_VAR'], os.getenv('MINIPY_TEST_VAR'), 'MINIPY_TEST_VAR' in os.environ)
print(os.getenv('MINIPY_NO_SUCH_VAR'), os.getenv('MINIPY_NO_SUCH_VAR', 'dflt'))
os.environ.setdefault('MINIPY_TEST_VAR', 'other')
print(os.environ.get('MINIPY_TEST_VAR'), os.path.expandvars('$MINIPY_TEST_VAR/x ${MINIPY_TEST_VAR}'))
del os.environ['MINIPY_TEST_VAR']
print('MINIPY_TEST_VAR' in os.environ, os.environ.pop('MINIPY_TEST_VAR', 'gone'))
try:
    os.environ['MINIPY_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(isinstance(os.cpu_count(), int), len(os.sched_getaffinity(0)) >= 1, len(os.getloadavg()))
r, w = os.pipe()
print(os.write(w, b'through the pipe'))
print(os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
fd2 = os.dup(1)
print(fd2 > 2)
os.close(fd2)
print(len(os.urandom(16)), os.strerror(2), os.fspath('abc'), os.fspath(b'x'))
class P:
    def __fspath__(self):
        return '/p/q'
print(os.fspath(P()), os.path.join(P(), 'r'), os.path.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
try:
    os.close(99999)
except OSError as e:
    print(type(e).__name__, e.errno, e)
print(os.WNOHANG, os.O_RDONLY, os.SEEK_END, os.F_OK)
print(os.path.sep, os.path is __import__('posixpath'), os.path.join.__module__)
