# Errors that cannot propagate: sys.unraisablehook, its default output
# (CPython 3.11's, byte for byte), a failing hook, sys.excepthook.
import sys
from _run import run

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
try:
    sys.__unraisablehook__()
except TypeError as e:
    print(e)

run(["-c", r'''
import gc, weakref
class A:
    def __del__(self):
        raise ValueError
a = A(); del a
class B:
    def __del__(self):
        1/0
b = B(); del b
class C:
    def __del__(self):
        try:
            raise KeyError('k')
        except KeyError:
            raise TypeError('t')
c = C(); del c
class E(Exception):
    def __str__(self): raise RuntimeError
class F:
    def __del__(self): raise E()
f = F(); del f
def g():
    try:
        yield 1
    finally:
        raise OSError(2, 'gen close')
it = g(); next(it); del it
class O: pass
o = O()
def cb(r): raise IndexError('cb')
r = weakref.ref(o, cb)
del o
class K:
    def __del__(self):
        e = ValueError('noted'); e.add_note('a note'); raise e
k = K(); del k
class L:
    def __del__(self):
        raise ExceptionGroup('eg', [ValueError(1)])
l = L(); del l
class Cyc:
    def __del__(self): raise ValueError("cycle")
x = Cyc(); x.me = x; del x
gc.collect()
import atexit
def ae(): raise ValueError('atexit')
atexit.register(ae)
print("end of program")
'''])

run(["-c", r'''
import sys
def hook(args):
    T = type(args)
    print("hook:", T.__name__, T.__module__, args.exc_type.__name__, repr(args.exc_value),
          args.exc_traceback is not None, args.err_msg, type(args.object).__name__)
    print(len(args), args[0] is args.exc_type)
sys.unraisablehook = hook
class A:
    def __del__(self): raise ValueError("one")
a = A(); del a
import atexit
atexit.register(lambda: 1/0)
def badhook(args):
    raise ZeroDivisionError('in hook')
class B:
    def __del__(self):
        sys.unraisablehook = badhook
        raise KeyError("two")
b = B(); del b
sys.unraisablehook = None
class C:
    def __del__(self): raise KeyError("three")
c = C(); del c
del sys.unraisablehook
c = C(); del c
sys.unraisablehook = sys.__unraisablehook__
print(type(sys.flags).__name__)
sys.stderr = None
c = C(); del c
print("quiet")
'''])

# sys.excepthook
run(["-c", 'import sys\ndef h(t,v,tb): raise KeyError("inhook")\nsys.excepthook = h\n1/0'])
run(["-c", 'import sys\nsys.excepthook = None\n1/0'])
run(["-c", 'import sys\ndel sys.excepthook\n1/0'])
run(["-c", 'import sys\ndef h(t,v,tb): print("hook", t.__name__, v, tb is not None)\nsys.excepthook = h\n1/0'])
run(["-c", 'import sys\ndef h(t,v,tb): raise SystemExit(5)\nsys.excepthook = h\n1/0'])
run(["-c", 'import sys\nsys.excepthook = sys.__excepthook__\nraise KeyError(1)'])
# threading.excepthook
run(["-c", 'import threading\ndef hook(a): print("thook", a.exc_type.__name__, a.exc_value, a.thread.name)\n'
           'threading.excepthook = hook\ndef f(): raise KeyError(3)\n'
           't = threading.Thread(target=f, name="T2"); t.start(); t.join()'])
