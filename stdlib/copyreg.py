"""copyreg — pickle support helpers (written for minipy).

Owns: the dispatch table used by pickle (pickle()), the reconstructors that
pickles refer to by name (copyreg._reconstructor, __newobj__, __newobj_ex__),
and object.__reduce_ex__ itself (_reduce_object, called by the native
object.__reduce_ex__ / object.__reduce__ in runtime/typeobject.cpp).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_builtin_type(cls):
    return getattr(cls, '__module__', None) == 'builtins'


def _reduce_ex(self, proto):
    """Protocols 0 and 1: rebuild through _reconstructor."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    if getstate is not None and type(self).__getstate__ is object.__getstate__ and _slotnames(cls):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    if getstate is None:
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Built-in types whose instances carry no Python-visible state: pickling them
# by their __dict__ would silently lose what they hold.
_UNPICKLABLE_MODULES = ('_thread', 'builtins')


def _default_state(obj, required):
    cls = type(obj)
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and cls.__getstate__ is not object.__getstate__:
        return getstate()
    slots = _slotnames(cls)
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    if required and d is None and not slots:
        for base in cls.__mro__:
            if base is object:
                break
            if _is_builtin_type(base) or getattr(base, '__module__', None) in _UNPICKLABLE_MODULES:
                raise TypeError(f"cannot pickle {cls.__name__!r} object")
    state = d if d else None
    if slots:
        slotstate = {}
        for name in slots:
            try:
                slotstate[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slotstate:
            state = (state, slotstate)
    return state


def _reduce_object(obj, proto):
    """object.__reduce_ex__(proto); proto None means object.__reduce__()."""
    cls = type(obj)
    if proto is not None:
        red = getattr(cls, '__reduce__', None)
        if red is not None and red is not object.__reduce__:
            return obj.__reduce__()
    else:
        proto = 0
    if cls is range or cls is slice:
        return (cls, (obj.start, obj.stop, obj.step))
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        if d:
            return (cls, obj.args, d)
        return (cls, obj.args)
    mod = getattr(cls, '__module__', None)
    if mod == '_thread' or (mod == 'builtins' and cls not in (object, list, dict, set)
                            and not hasattr(cls, '__getnewargs__') and not hasattr(cls, '__getnewargs_ex__')
                            and cls.__name__ in _OPAQUE_BUILTINS):
        name = cls.__qualname__ if mod == 'builtins' else f"{mod}.{cls.__qualname__}"
        raise TypeError(f"cannot pickle {name!r} object")
    if proto < 2:
        return _reduce_ex(obj, proto)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        res = getnewargs_ex()
        if not isinstance(res, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(res).__name__}'")
        if len(res) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(res)}")
        args, kwargs = res
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        else:
            args = ()
    hasargs = bool(args) or bool(kwargs)
    required = not hasargs and not isinstance(obj, (list, dict))
    state = _default_state(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


_OPAQUE_BUILTINS = ('generator', 'coroutine', 'async_generator', 'frame', 'code', 'module', 'cell',
                    'traceback', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'FileIO',
                    'list_iterator', 'tuple_iterator', 'mappingproxy', 'method', 'builtin_function_or_method',
                    'memoryview', 'dict_keys', 'dict_values', 'dict_items')


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
