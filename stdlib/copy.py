# stdlib/copy.py — shallow and deep copy: __copy__/__deepcopy__ hooks, a memo
# for shared and recursive structures, and the __reduce_ex__ protocol. Deep
# structures meet RecursionError where CPython's copy meets it.
import types
import weakref
import copyreg as _copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, tuple.__class__, type,
           range, type(Ellipsis), type(NotImplemented), types.FunctionType,
           types.BuiltinFunctionType, property, frozenset.__class__)


def _is_atomic(x):
    cls = type(x)
    return cls in (type(None), int, float, bool, complex, str, bytes, type, range,
                   type(Ellipsis), type(NotImplemented), types.FunctionType,
                   types.BuiltinFunctionType, property, types.CodeType, weakref.ref) or issubclass(cls, type)


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _get_reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


# CPython's order: a copyreg reducer for the exact class, then
# x.__reduce_ex__(4) (object's default honours __getstate__, __getnewargs__
# and slots), then x.__reduce__().
def _get_reduce(x, cls, kind):
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def _copy_instance(x, cls):
    y = cls.__new__(cls)
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(state)
    for name in _slot_names(cls):
        if hasattr(x, name):
            setattr(y, name, getattr(x, name))
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for n in slots:
            if n in ('__dict__', '__weakref__'):
                continue
            if n.startswith('__') and not n.endswith('__'):
                n = '_%s%s' % (c.__name__.lstrip('_'), n)
            names.append(n)
    return names


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        # Lists, tuples and dicts are copied by functions of their own, as in
        # CPython, so deep structures use the frames CPython's copy uses. CPython
        # also counts the C calls made from the deepest frame: it fails one
        # frame earlier, with this message; the extra frame here stands for it.
        try:
            return deepcopy(x, {})
        except RecursionError as e:
            if e.args == ('maximum recursion depth exceeded',):
                e.args = ('maximum recursion depth exceeded while calling a Python object',)
            raise
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif _is_atomic(x):
        y = x
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _get_reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that refers to itself was copied (through a list or dict) already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict}


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del types
import types  # noqa: E402 (kept as a module global for _is_atomic)
