# stdlib/types.py — names for the interpreter's built-in types (FunctionType,
# GeneratorType, ModuleType...), SimpleNamespace, new_class helpers, and the
# coroutine decorator (marks a generator function's code awaitable).
import sys
from posix import _GenericAlias as GenericAlias


def _f(): pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
SimpleNamespace = None  # replaced below
MappingProxyType = None  # replaced below


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c(): pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self): pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
FrameType = type(sys._getframe())


class _Slotted:
    __slots__ = ('_s',)


GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(_Slotted.__dict__['_s'])
UnionType = type(int | str)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _c, _ag, _C, _Slotted, _cell_factory


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        ident = id(self)
        active = _ns_repr_active
        if ident in active:
            return "namespace(...)" if type(self) is SimpleNamespace else f"{type(self).__name__}(...)"
        active.add(ident)
        try:
            items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
            name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
            return "{}({})".format(name, ", ".join(items))
        finally:
            active.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_repr_active = set()


class MappingProxyType:
    """Read-only proxy of a mapping (CPython's builtins.mappingproxy)."""
    __slots__ = ('_mapping',)
    __module__ = 'builtins'
    __qualname__ = 'mappingproxy'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            if not args:
                raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
            raise TypeError("mappingproxy() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        if len(args) != 1:
            if not args:
                raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
            raise TypeError("mappingproxy() takes at most 1 argument (%d given)" % len(args))
        mapping = args[0]
        if (not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple))):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'mappingproxy' is not an acceptable base type")

    def __getitem__(self, key):
        return self._mapping[key]

    # (both defined: with only one, the other would raise AttributeError)
    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None, /):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __lt__(self, other):
        return self._mapping < other

    def __le__(self, other):
        return self._mapping <= other

    def __gt__(self, other):
        return self._mapping > other

    def __ge__(self, other):
        return self._mapping >= other

    __hash__ = None

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'mappingproxy' object")

    __class_getitem__ = classmethod(GenericAlias)


MappingProxyType.__name__ = 'mappingproxy'


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(property):
    pass


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        co_flags = func.__code__.co_flags
        if co_flags & 0x180:      # already a coroutine / iterable coroutine
            return func
        if co_flags & 0x20:       # generator function: give it a CO_ITERABLE_COROUTINE copy of its code
            import _minipy
            return _minipy.mark_iterable_coroutine(func)
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType or coro.__class__ is GeneratorType:
            return coro
        return coro
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_']
