# inspect's argument and frame introspection: getfullargspec, getcallargs
# (with CPython's TypeError messages), getargs / getargvalues /
# formatargvalues, getclosurevars, get_annotations (eval_str), getframeinfo /
# stack / trace / getouterframes / getinnerframes (FrameInfo, Traceback,
# positions), getattr_static, getmembers(_static), classify_class_attrs,
# getclasstree, generator / coroutine locals and states, isabstract, the
# descriptor predicates and the namedtuple / class names.
import abc
import inspect, sys, types, functools

def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w

# a comment
# about f
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f."""
    x = 1
    return str(a)

class A:
    """Class A."""
    x = 1
    def m(self, y):
        return y
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
    class Inner:
        def im(self):
            pass

@deco
def g(q):
    return q

lam = lambda z: z + 1

print(inspect.getfullargspec(f))
print(inspect.getfullargspec(A.m), inspect.getfullargspec(A().m))
print(inspect.getfullargspec(A))
print(inspect.getfullargspec(g))
try:
    inspect.getfullargspec(42)
except TypeError as e:
    print("TypeError", e, type(e.__cause__).__name__)
print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=3, e=5))
print(sorted(inspect.getcallargs(A().m, 5)))
def h(a, b, c=1, *, d, e=2): pass
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'d': 1, 'z': 2}), ((1, 2), {}), ((1,), {'a': 2}), ((1,2,3,4), {'d':1})]:
    try:
        print(inspect.getcallargs(h, *args, **kw))
    except TypeError as e:
        print("TypeError:", e)
def h2(a): pass
for args in [(), (1, 2)]:
    try: inspect.getcallargs(h2, *args)
    except TypeError as e: print("TypeError:", e)
def h3(a, b, c, d): pass
try: inspect.getcallargs(h3)
except TypeError as e: print("TypeError:", e)

print(inspect.getmro(A))
print(inspect.getclosurevars(f))
def outer():
    y = 1
    def inner(z):
        return y + len(z) + zz + f(1, c=1)
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), cv.builtins, cv.unbound)
print(inspect.get_annotations(f), inspect.get_annotations(A))
class B:
    a: int
    b: 'str'
print(inspect.get_annotations(B), inspect.get_annotations(B, eval_str=True))
def fa(x: 'int', y: 'List[int]' = None) -> 'A': pass
from typing import List
print(inspect.get_annotations(fa, eval_str=True))
print(inspect.signature(fa, eval_str=True))
try: inspect.get_annotations(42)
except TypeError as e: print(e)
print(inspect.iskeyword('if'), inspect.iskeyword('x'))
print(inspect.isgetsetdescriptor(types.FunctionType.__dict__['__code__']), inspect.ismemberdescriptor(types.FunctionType.__dict__['__code__']))
class S: __slots__ = ('a',)
print(inspect.ismemberdescriptor(S.__dict__['a']), inspect.isgetsetdescriptor(S.__dict__['a']))
print(inspect.ismethodwrapper(object().__str__), inspect.ismethodwrapper(len), inspect.isroutine(object().__str__))


def show_fi(fi):
    print(type(fi).__name__, fi.filename.rsplit('/', 1)[-1], fi.lineno, fi.function, fi.code_context, fi.index, fi.positions)

def f(a, b=2, *rest, **kw):
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    show_fi(info)
    show_fi(inspect.getframeinfo(frame, context=3))
    show_fi(inspect.getframeinfo(frame, context=0))
    print(inspect.getlineno(frame))
    av = inspect.getargvalues(frame)
    print(av.args, av.varargs, av.keywords, sorted(av.locals))
    print(inspect.formatargvalues(*av))
    st = inspect.stack()
    print(len(st) >= 2, [x.function for x in st][:2])
    show_fi(st[0])
    print(type(st[0].frame).__name__, st[0][3], st[0].positions.lineno, st[0][1:3] == (st[0].filename, st[0].lineno))
    outer = inspect.getouterframes(frame, 2)
    print([o.function for o in outer], outer[0].code_context, outer[0].index)
    return 1

f(1, 2, 3, x=4)

def boom():
    return 1 / 0

try:
    boom()
except ZeroDivisionError:
    tr = inspect.trace()
    print([(t.function, t.lineno, t.code_context, t.index) for t in tr])
    print([t.positions for t in tr])
    tb = sys.exc_info()[2]
    inner = inspect.getinnerframes(tb, context=3)
    print([(t.function, t.lineno, t.code_context, t.index) for t in inner])
    show_fi(inspect.getframeinfo(tb))
    print(inspect.getsourcelines(tb)[1], inspect.getfile(tb).rsplit('/', 1)[-1])

class Meta(type):
    mattr = 5
class Base(metaclass=Meta):
    bx = 1
    def bm(self): pass
class Desc:
    def __get__(self, o, t=None): return 'got'
    def __set__(self, o, v): pass
class C(Base):
    d = Desc()
    y = 2
    def __init__(self):
        self.inst = 3
        self.__dict__['d'] = 'instval'
    @property
    def p(self):
        return 7
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    def __getattr__(self, name):
        return 'dyn'

c = C()
print(inspect.getattr_static(c, 'inst'), inspect.getattr_static(c, 'y'), type(inspect.getattr_static(c, 'd')).__name__)
print(type(inspect.getattr_static(c, 'p')).__name__, type(inspect.getattr_static(C, 'c')).__name__, type(inspect.getattr_static(C, 's')).__name__)
print(inspect.getattr_static(C, 'mattr'), inspect.getattr_static(c, 'zz', 'default'))
try:
    inspect.getattr_static(c, 'zz')
except AttributeError as e:
    print('AttributeError', e)
print(getattr(c, 'zz'))
for a in inspect.classify_class_attrs(C):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print([n for n, v in inspect.getmembers_static(C) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmembers(c, lambda v: v in (3, 7)))

class A1: pass
class B1(A1): pass
class C1(A1): pass
class D1(B1, C1): pass
print(inspect.getclasstree([A1, B1, C1, D1]))
print(inspect.getclasstree([A1, B1, C1, D1], unique=True))

def gen(n):
    k = n * 2
    yield k
    yield k + 1
g = gen(3)
print(inspect.getgeneratorlocals(g), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorlocals(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorlocals(g), inspect.getgeneratorstate(g))
try:
    inspect.getgeneratorlocals(42)
except TypeError as e:
    print(e)
async def co(x):
    y = x
coro = co(1)
print(inspect.getcoroutinelocals(coro), inspect.getcoroutinestate(coro))
coro.close()
print(inspect.getcoroutinelocals(coro), inspect.getcoroutinestate(coro))
print(inspect.getcoroutinelocals(42))

class AB(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
class Conc(AB):
    def m(self): pass
print(inspect.isabstract(AB), inspect.isabstract(Conc), inspect.isabstract(int), inspect.isabstract(3))
print(inspect.getargs(f.__code__))
print(inspect.Arguments, inspect.FullArgSpec, inspect.ArgInfo, inspect.ClosureVars, inspect.Attribute)
print(inspect.Traceback, inspect.FrameInfo, inspect.Signature, inspect.Parameter, inspect.BoundArguments)
print(inspect.Parameter.empty, inspect.Parameter.POSITIONAL_ONLY)
print(inspect.Traceback('f.py', 1, 'fn', None, None))
print(inspect.formatannotationrelativeto(C)(C), inspect.formatannotation(list[int]))
print(inspect.signature(C), inspect.signature(Base))
class N:
    def __new__(cls, a, b=1): return object.__new__(cls)
    def __init__(self, a, b=1, c=2): pass
print(inspect.signature(N))
print(inspect.ClassFoundException, inspect.EndOfBlock, issubclass(inspect.EndOfBlock, Exception))
bf = inspect.BlockFinder()
print(bf.indent, bf.started, bf.last)
print(inspect.modulesbyfile.__class__)
print(inspect.getdoc(C.p), inspect.getdoc(Conc.m), inspect.cleandoc('  a\n    b\n  c\n'))
