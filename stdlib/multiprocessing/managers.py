"""multiprocessing.managers — shared objects served by a manager process (written for minipy).

Owns: BaseManager / SyncManager (multiprocessing.Manager()), the server
that runs in the manager's forked process, and the proxies (DictProxy,
ListProxy, ValueProxy, NamespaceProxy, AcquirerProxy, ConditionProxy,
EventProxy, BarrierProxy, ArrayProxy, IteratorProxy, PoolProxy, AutoProxy).

The server listens on a socket (an abstract AF_UNIX name by default, see
connection.Listener) and serves each client connection in its own thread,
so a call that blocks (Queue.get, Lock.acquire) blocks only its caller.
Each process and thread talks to a manager over its own connection; a
request is the pickled tuple (object id or None, method name, args, kwds)
and the reply ('#RETURN', value), ('#ERROR', exception), ('#TRACEBACK',
text), ('#PROXY', (exposed, token, proxytype)) or ('#UNSERIALIZABLE', text).
Proxies pickle as (RebuildProxy, token...), so they can be passed to Pool
workers and through queues; a process that did not create a proxy connects
on its first call.

Connections are authenticated with the manager's authkey (by default the
process's random authkey, inherited by children) through CPython's HMAC
challenge, see connection.Listener/Client.

Difference from CPython: objects live in the server until the manager
shuts down (there is no reference counting of proxies).
"""

import os
import sys
import threading
import queue
import types

from . import connection
from . import process
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace', 'Value', 'Array',
           'RemoteError', 'AutoProxy', 'MakeProxyType']


class Token(object):
    """Names a shared object: its typeid, the server's address and its id there."""
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __reduce__(self):
        return (Token, (self.typeid, self.address, self.id))

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


def _format_exc():
    import traceback
    return ''.join(traceback.format_exception(*sys.exc_info()))


def dispatch(c, id, methodname, args=(), kwds={}):
    """Send a request to a manager and return the result (or raise its error)."""
    c.send((id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    elif kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError("Result {0!r} (kind '{1}') type is {2}, not str".format(result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        return RemoteError(result)
    return ValueError('Unrecognized message type {!r}'.format(kind))


def all_methods(obj):
    temp = []
    for name in dir(obj):
        func = getattr(obj, name, None)
        if callable(func):
            temp.append(name)
    return temp


def public_methods(obj):
    return [name for name in all_methods(obj) if name[0] != '_']


def _next_of(obj):
    return lambda: next(obj)


_dict_view_types = (type({}.keys()), type({}.values()), type({}.items()))


# ====================================================================== server

class Server(object):
    """Serves the registered objects of one manager (in the manager's process)."""

    def __init__(self, registry, address, authkey, serializer):
        if serializer != 'pickle':
            raise ValueError('minipy managers support only the pickle serializer')
        self.registry = registry
        self.listener = connection.Listener(address=address, backlog=16, authkey=authkey)
        self.authkey = authkey
        self.address = self.listener.address
        self.id_to_obj = {'0': (None, (), None)}
        self.next_id = 1
        self.mutex = threading.Lock()
        self.stop_event = threading.Event()

    def serve_forever(self):
        process.current_process()._manager_server = self
        accepter = threading.Thread(target=self._accepter, daemon=True)
        accepter.start()
        try:
            while not self.stop_event.is_set():
                self.stop_event.wait(1)
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.listener.close()
            sys.stdout.flush()
            sys.stderr.flush()
            sys.exit(0)

    def _accepter(self):
        while True:
            try:
                c = self.listener.accept()
            except Exception:
                # A failed handshake or a refused peer: keep serving the others.
                if self.stop_event.is_set() or self.listener._socket is None:
                    return
                continue
            t = threading.Thread(target=self.serve_client, args=(c,), daemon=True)
            t.start()

    # ---- the server's own functions (requests whose object id is None)
    def _create(self, typeid, /, *args, **kwds):
        callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
        if callable is None:
            if kwds or len(args) != 1:
                raise ValueError('Without callable, must have one non-keyword argument')
            obj = args[0]
        else:
            obj = callable(*args, **kwds)
        if exposed is None:
            exposed = public_methods(obj)
        if method_to_typeid is not None:
            if not isinstance(method_to_typeid, dict):
                raise TypeError("Method_to_typeid {0!r}: type {1!s}, not dict".format(
                    method_to_typeid, type(method_to_typeid)))
            exposed = list(exposed) + list(method_to_typeid)
        with self.mutex:
            ident = '%x' % self.next_id
            self.next_id += 1
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
        return ident, tuple(exposed)

    def _server_call(self, methodname, args, kwds):
        if methodname == 'create':
            return self._create(*args, **kwds)
        if methodname == 'shutdown':
            self.stop_event.set()
            return None
        if methodname in ('dummy', 'incref', 'decref'):
            return None
        if methodname == 'get_methods':
            token = args[0]
            return tuple(self.id_to_obj[token.id][1])
        if methodname == 'number_of_objects':
            return len(self.id_to_obj) - 1
        if methodname == 'debug_info':
            return '\n'.join('  %s:       refcount=?\n    %s' % (ident, str(obj[0])[:75])
                             for ident, obj in self.id_to_obj.items() if ident != '0')
        raise AttributeError('%r unrecognized' % (methodname,))

    def _call(self, ident, methodname, args, kwds):
        """One method call; returns the reply message."""
        try:
            obj, exposed, gettypeid = self.id_to_obj[ident]
        except KeyError:
            raise KeyError('object %r not found' % (ident,)) from None
        if methodname not in exposed:
            if methodname == '__str__':
                return ('#RETURN', str(obj))
            if methodname == '__repr__':
                return ('#RETURN', repr(obj))
            if methodname == '#GETVALUE':
                return ('#RETURN', obj)
            raise AttributeError('method %r of %r object is not in exposed=%r' % (methodname, type(obj), exposed))
        function = getattr(obj, methodname)
        if methodname == '__next__' and not args and not kwds:
            # next() rather than the bound slot: minipy's native iterators'
            # __next__ method does not raise StopIteration when exhausted.
            function = _next_of(obj)
        try:
            res = function(*args, **kwds)
        except Exception as e:
            return ('#ERROR', e)
        typeid = gettypeid and gettypeid.get(methodname, None)
        if typeid:
            rident, rexposed = self._create(typeid, res)
            token = Token(typeid, self.address, rident)
            return ('#PROXY', (rexposed, token, self.registry[typeid][3]))
        if isinstance(res, _dict_view_types):
            res = list(res)
        return ('#RETURN', res)

    def serve_client(self, conn):
        while not self.stop_event.is_set():
            try:
                request = conn.recv()
            except (EOFError, OSError):
                break
            except Exception:
                msg = ('#TRACEBACK', _format_exc())
            else:
                try:
                    ident, methodname, args, kwds = request
                    if ident is None:
                        msg = ('#RETURN', self._server_call(methodname, args, kwds))
                    else:
                        msg = self._call(ident, methodname, args, kwds)
                except Exception:
                    msg = ('#TRACEBACK', _format_exc())
            try:
                try:
                    conn.send(msg)
                except Exception:
                    conn.send(('#UNSERIALIZABLE', _format_exc()))
            except (EOFError, OSError):
                break
            msg = request = None
        try:
            conn.close()
        except OSError:
            pass


# ===================================================================== manager

class State(object):
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


_live_managers = []


def _shutdown_live_managers():
    for m in list(_live_managers):
        try:
            m.shutdown()
        except Exception:
            pass


class BaseManager(object):
    """Starts a server process holding shared objects; register() adds types."""
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = bytes(authkey)
        self._state = State()
        self._state.value = State.INITIAL
        self._serializer = serializer
        if ctx is None:
            from .context import _default_context
            ctx = _default_context.get_context()
        self._ctx = ctx
        self._shutdown_timeout = shutdown_timeout
        self._process = None

    def get_server(self):
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        return Server(self._registry, self._address, self._authkey, self._serializer)

    def connect(self):
        conn = connection.Client(self._address, authkey=self._authkey)
        dispatch(conn, None, 'dummy')
        conn.close()
        self._state.value = State.STARTED

    def start(self, initializer=None, initargs=()):
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = connection.Pipe(duplex=False)
        self._process = self._ctx.Process(target=type(self)._run_server,
                                          args=(self._registry, self._address, self._authkey,
                                                self._serializer, writer, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        writer.close()
        self._address = reader.recv()
        reader.close()
        self._state.value = State.STARTED
        # Shut the server down at exit, before the children are joined.
        if not _live_managers:
            process._exit_flushers.append(_shutdown_live_managers)
        _live_managers.append(self)

    @classmethod
    def _run_server(cls, registry, address, authkey, serializer, writer, initializer=None, initargs=()):
        # Forget the parent's managers: this process does not own them.
        del _live_managers[:]
        _connections.clear()
        if initializer is not None:
            initializer(*initargs)
        server = cls._Server(registry, address, authkey, serializer)
        writer.send(server.address)
        writer.close()
        server.serve_forever()

    def _create(self, typeid, /, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        conn = _get_connection(self._address, self._authkey)
        id, exposed = dispatch(conn, None, 'create', (typeid,) + args, kwds)
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _debug_info(self):
        conn = _get_connection(self._address, self._authkey)
        return dispatch(conn, None, 'debug_info')

    def _number_of_objects(self):
        conn = _get_connection(self._address, self._authkey)
        return dispatch(conn, None, 'number_of_objects')

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            if self._state.value == State.INITIAL:
                raise ProcessError("Unable to start server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def shutdown(self):
        """Stop the manager's server process (its shared objects go with it)."""
        if self in _live_managers:
            _live_managers.remove(self)
        p = self._process
        if self._state.value != State.STARTED or p is None:
            self._state.value = State.SHUTDOWN
            return
        self._state.value = State.SHUTDOWN
        if p.is_alive():
            try:
                conn = connection.Client(self._address, authkey=self._authkey)
                try:
                    dispatch(conn, None, 'shutdown')
                finally:
                    conn.close()
            except Exception:
                pass
            p.join(timeout=self._shutdown_timeout)
            if p.is_alive():
                p.terminate()
                p.join(timeout=self._shutdown_timeout)
                if p.is_alive():
                    p.kill()
                    p.join()
        _forget_connections(self._address)

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Register a type or callable as typeid: self.<typeid>(...) creates one in the server."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, self._serializer, manager=self, authkey=self._authkey, exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


BaseManager._Server = Server


# ==================================================================== proxies

# One connection per (manager address, process, thread).
_connections = {}


def _get_connection(address, authkey=None):
    key = (address, os.getpid(), threading.get_ident())
    conn = _connections.get(key)
    if conn is None:
        conn = connection.Client(address, authkey=authkey)
        _connections[key] = conn
    return conn


def _forget_connections(address):
    pid = os.getpid()
    for key in list(_connections):
        if key[0] == address and key[1] == pid:
            conn = _connections.pop(key)
            try:
                conn.close()
            except OSError:
                pass


class BaseProxy(object):
    """A local stand-in for an object in a manager's server."""

    def __init__(self, token, serializer='pickle', manager=None, authkey=None, exposed=None, incref=True,
                 manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        if authkey is not None:
            self._authkey = bytes(authkey)
        elif manager is not None:
            self._authkey = manager._authkey
        else:
            self._authkey = process.current_process().authkey
        self._owned_by_manager = manager_owned
        if exposed is not None:
            self._exposed_ = tuple(exposed)

    def _callmethod(self, methodname, args=(), kwds={}):
        """Call methodname(*args, **kwds) on the referent and return the result."""
        conn = _get_connection(self._token.address, self._authkey)
        conn.send((self._id, methodname, args, kwds))
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        elif kind == '#PROXY':
            exposed, token, proxytype = result
            if proxytype is None or proxytype is AutoProxy:
                return AutoProxy(token, self._serializer, manager=self._manager, authkey=self._authkey,
                                 exposed=exposed)
            return proxytype(token, self._serializer, manager=self._manager, authkey=self._authkey,
                             exposed=exposed)
        raise convert_to_error(kind, result)

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        kwds = {}
        if getattr(self, '_isauto', False):
            kwds['exposed'] = self._exposed_
            return (RebuildProxy, (AutoProxy, self._token, self._serializer, kwds))
        return (RebuildProxy, (type(self), self._token, self._serializer, kwds))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(func, token, serializer, kwds):
    """Unpickle a proxy (in any process; it connects on its first call)."""
    server = getattr(process.current_process(), '_manager_server', None)
    if server is not None and server.address == token.address:
        kwds['manager_owned'] = True
    return func(token, serializer, incref=False, **kwds)


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass with one forwarding method per name in exposed."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    dic = {}
    for meth in exposed:
        ns = {}
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (meth, meth), ns)
        dic[meth] = ns[meth]
    dic['__module__'] = __name__
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
    """A proxy whose methods are the referent's public methods (asked from the server if not given)."""
    if exposed is None:
        conn = _get_connection(token.address, authkey)
        exposed = dispatch(conn, None, 'get_methods', (token,))
    if authkey is None and manager is not None:
        authkey = manager._authkey
    if authkey is None:
        authkey = process.current_process().authkey
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey, incref=incref,
                      manager_owned=manager_owned)
    proxy._isauto = True
    return proxy


# ---- the shared types of SyncManager that are not in other modules

class Namespace(object):
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


_ARRAY_CODES = 'bBuhHiIlLqQfd'


class _Array(object):
    """What manager.Array() holds: a typed list printed like array.array (minipy has no array module)."""

    def __init__(self, typecode, sequence):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in _ARRAY_CODES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self._items = [self._check(x) for x in sequence]

    def _check(self, x):
        if self.typecode in 'fd':
            if not isinstance(x, (int, float)):
                raise TypeError('must be real number, not %s' % type(x).__name__)
            return float(x)
        if self.typecode == 'u':
            return x
        if isinstance(x, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        return x.__index__()

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _Array(self.typecode, self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def tolist(self):
        return list(self._items)

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self.typecode
        return 'array(%r, %r)' % (self.typecode, self._items)

    def __reduce__(self):
        return (_Array, (self.typecode, self._items))


def Array(typecode, sequence, lock=True):
    return _Array(typecode, sequence)


# ---- the proxy types

class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)

    __class_getitem__ = classmethod(types.GenericAlias)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__', '__rmul__',
    '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
    '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__', 'clear', 'copy', 'get',
    'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
DictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join', 'map', 'map_async', 'starmap',
    'starmap_async', 'terminate'))
BasePoolProxy._method_to_typeid_ = {
    'apply_async': 'AsyncResult',
    'map_async': 'AsyncResult',
    'starmap_async': 'AsyncResult',
    'imap': 'Iterator',
    'imap_unordered': 'Iterator',
}


class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _make_pool(*args, **kwds):
    from .pool import Pool
    return Pool(*args, **kwds)


class SyncManager(BaseManager):
    """A manager with the shared types of multiprocessing.Manager(): synchronisation
    primitives, Queue, dict, list, Namespace, Value, Array and Pool."""


SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('Pool', _make_pool, PoolProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', create_method=False)
