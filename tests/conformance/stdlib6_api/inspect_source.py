# inspect's source access: getsource / getsourcelines / findsource for
# functions, lambdas, decorated functions, nested and local classes, methods,
# tracebacks and frames; getcomments, getblock, getfile / getsourcefile /
# getmodule / getmodulename / getabsfile / indentsize, and the errors for
# objects without source.
import inspect
import os
import sys

def one(): return 1

async def coro_fn(a,
                  b):
    """A doc with class Fake: inside
    def nope():
    """
    s = '''multi
line string at col 0
'''
    t = f"{a!r:>{b}} {{}} {'q'}"
    u = "a \
b"
    v = (1 +
         2)
    w = 3 \
        + 4
    # trailing comment in body
    return s

    # comment after blank, body-indented
# col-0 comment

@property
def decorated(
    x,
): pass

def make():
    class Local:
        def meth(self):
            return [
                1,
            ]
    return Local

Local = make()

if True:
    class InIf:
        x = 1
else:
    class InIf:
        x = 2

class Outer:
    class Mid:
        @staticmethod
        @classmethod
        def deep(cls):
            pass

fns = [lambda q: q * 2, lambda r: r]

def tabbed():
	x = 1
	if x:
		return x
	return 0

class Docced:
    '''class Docced: fake
    '''
    def a(self): pass

def with_semicolons(): x = 1; return x

for obj in (one, coro_fn, decorated.fget, make, Local, Local.meth, InIf, Outer.Mid, Outer.Mid.deep, tabbed, Docced, Docced.a, with_semicolons):
    try:
        lines, n = inspect.getsourcelines(obj)
        print(getattr(obj, '__qualname__', obj), n, len(lines))
        print(''.join(lines), end='---\n')
    except Exception as e:
        print(type(e).__name__, e)
print(inspect.getsource(fns[0]))
print(inspect.getsource(fns[1]))
print(inspect.getcomments(coro_fn))
print(repr(inspect.getcomments(one)))
print(inspect.getcomments(decorated.fget))
print(repr(inspect.getcomments(inspect.getmodule(one))))
print(inspect.getblock(['def x():\n', '    return 1\n', 'y = 2\n']))
print(inspect.getblock(['@d\n', 'class K:\n', '  a = 1\n', '\n', '  # c\n', 'z = 1\n']))
print(inspect.getblock(['f = lambda: (1,\n', '  2)\n', 'g = 3\n']))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize(''))
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'), inspect.getmodulename('m.pyc'),
      inspect.getmodulename('m.cpython-311-x86_64-linux-gnu.so'))
print(os.path.basename(inspect.getfile(one)), os.path.basename(inspect.getsourcefile(one)),
      os.path.basename(inspect.getabsfile(one)), inspect.getabsfile(one) == os.path.abspath(__file__))
print(inspect.getmodule(one).__name__, inspect.getmodule(Docced).__name__, inspect.getmodule(len).__name__)
print(inspect.getmodule(one.__code__).__name__, inspect.getmodule(42))
print(inspect.findsource(Docced)[1], inspect.findsource(one)[1], inspect.findsource(Outer.Mid)[1])
print(inspect.findsource(inspect.getmodule(one))[1], len(inspect.findsource(one)[0]) > 50)
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
    print(inspect.getsourcelines(tb)[1], os.path.basename(inspect.getfile(tb)))
frame = inspect.currentframe()
print(inspect.getsourcelines(frame)[1], os.path.basename(inspect.getfile(frame)))
exec_ns = {}
exec('def from_exec():\n    pass\n', exec_ns)
for obj in (exec_ns['from_exec'], len, int, sys, 42):
    for fn in (inspect.getsource, inspect.getfile):
        try:
            r = fn(obj)
            print(fn.__name__, 'ok')
        except (OSError, TypeError) as e:
            print(fn.__name__, type(e).__name__, e)
print(inspect.getsourcefile(exec_ns['from_exec']), inspect.getcomments(len))
