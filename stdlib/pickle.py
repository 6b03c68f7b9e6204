"""pickle — object serialisation, protocols 0-5 (written for minipy).

Owns: Pickler/Unpickler and dumps/loads/dump/load, producing the same bytes
as CPython 3.11's C pickler for the built-in types (default protocol 4, with
framing and memoization); classes and functions are pickled by reference
(module + qualname), other objects through __reduce_ex__ (copyreg).
Deep structures fail as CPython's C pickler fails: every save() and every
batch of list items or dict entries counts against the recursion limit
(RecursionError "...while pickling an object"); save_list and save_dict
batch in their own frame, so nesting costs the Python frames CPython counts
and no more.
Must not: depend on native helpers (floats are packed with math.frexp).
"""

import sys
import math
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING",
           "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST",
           "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES",
           "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE",
           "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    def __init__(self, buffer):
        self._buf = buffer

    def raw(self):
        return memoryview(self._buf)

    def release(self):
        pass


# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# ---------------------------------------------------------------- binary helpers
def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _pack_double(x):
    """IEEE 754 binary64, big-endian (struct.pack('>d', x))."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = (0x7ff << 52) | (1 << 51)
    elif x in (math.inf, -math.inf):
        bits = (sign << 63) | (0x7ff << 52)
    elif x == 0:
        bits = sign << 63
    else:
        m, e = math.frexp(abs(x))   # abs(x) = m * 2**e, 0.5 <= m < 1
        if e - 1 >= -1022:
            bits = (sign << 63) | ((e - 1 + 1023) << 52) | int((m * 2.0 - 1.0) * 4503599627370496.0)
        else:
            bits = (sign << 63) | int(math.ldexp(abs(x), 1074))
    return bits.to_bytes(8, 'big')


def _unpack_double(b):
    bits = int.from_bytes(b, 'big')
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        return math.nan if frac else sign * math.inf
    if exp == 0:
        return sign * math.ldexp(float(frac), -1074)
    return sign * math.ldexp(float(frac | (1 << 52)), exp - 1075)


def encode_long(x):
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _encode_utf8(s):
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        out = bytearray()
        for ch in s:
            c = ord(ch)
            if 0xd800 <= c <= 0xdfff:
                out += bytes((0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)))
            else:
                out += ch.encode('utf-8')
        return bytes(out)


def _raw_unicode_escape(s):
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 256:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _raw_unicode_unescape(b):
    out = []
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c == 0x5c and i + 1 < n and b[i + 1] in (0x75, 0x55):
            width = 4 if b[i + 1] == 0x75 else 8
            out.append(chr(int(b[i + 2:i + 2 + width].decode('ascii'), 16)))
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return ''.join(out)


# Python 2 names for protocols 0-2 (fix_imports).
_PY2_EXCEPTIONS = frozenset((
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError', 'BytesWarning',
    'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'KeyError',
    'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
    'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
    'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError',
    'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
    'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'))
_PY2_BUILTIN_NAMES = {'str': 'unicode', 'range': 'xrange', 'chr': 'unichr', 'int': 'long', 'zip': 'izip',
                      'map': 'imap', 'filter': 'ifilter'}
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'socketserver': 'SocketServer',
                'configparser': 'ConfigParser', 'reprlib': 'repr', '_thread': 'thread', 'pickle': 'pickle'}
_PY3_BUILTIN_NAMES = {'unicode': 'str', 'xrange': 'range', 'unichr': 'chr', 'long': 'int',
                      'basestring': 'str', 'intern': None, 'reduce': None}


def _py2_name(module, name):
    if module == 'builtins':
        if name in _PY2_EXCEPTIONS:
            return 'exceptions', name
        if name in ('zip', 'map', 'filter'):
            return 'itertools', _PY2_BUILTIN_NAMES[name]
        return '__builtin__', _PY2_BUILTIN_NAMES.get(name, name)
    if module == 'functools' and name == 'reduce':
        return '__builtin__', 'reduce'
    if module == 'sys' and name == 'intern':
        return '__builtin__', 'intern'
    return _PY2_MODULES.get(module, module), name


def _py3_name(module, name):
    if module == 'exceptions':
        return 'builtins', name
    if module == '__builtin__':
        if name == 'reduce':
            return 'functools', 'reduce'
        if name == 'intern':
            return 'sys', 'intern'
        return 'builtins', _PY3_BUILTIN_NAMES.get(name) or name
    if module == 'itertools' and name in ('izip', 'imap', 'ifilter'):
        return 'builtins', name[1:]
    for k, v in _PY2_MODULES.items():
        if v == module and k != module:
            return k, name
    return module, name


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


# ---------------------------------------------------------------- pickling
# Nesting below which save() does not compare its depth with the limit.
_DEPTH_UNCHECKED = 32
_DEEP_PICKLE = "maximum recursion depth exceeded while pickling an object"


class Pickler:
    _depth = 0             # CPython's count of save() calls and batches in progress
    _depth_allowed = None  # the most the recursion limit allows this dump (computed when deep)
    _dump_frame = None     # the frame of dump() in progress

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._frame = None       # list of chunks of the current frame (protocol 4+)
        self._frame_len = 0
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    # Framing (protocol 4+): output is grouped in frames of about 64 KiB.
    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        if self._frame is not None and (self._frame_len >= _FRAME_SIZE_TARGET or force):
            if self._frame_len >= _FRAME_SIZE_MIN:
                self._file_write(FRAME + _u64(self._frame_len))
            if self._frame_len:
                self._file_write(b''.join(self._frame))
            self._frame = []
            self._frame_len = 0

    def _write_large_bytes(self, header, payload):
        if self._frame is not None:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self._file_write(header + bytes(payload))

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._frame = []
            self._frame_len = 0
        self._depth = 0
        self._depth_allowed = None
        self._dump_frame = sys._getframe()
        try:
            self.save(obj)
        finally:
            self._dump_frame = None
        self.write(STOP)
        if self._frame is not None:
            self._commit_frame(force=True)
            self._frame = None

    def _set_depth_allowed(self):
        # The count the pickler may reach here: CPython's starts from the
        # frames of dump()'s caller, but here the frames of save() and of the
        # helpers below it (save_list, memoize, put: three more) must stay within the
        # recursion limit, so a structure one list short of CPython's limit
        # fails here too. The deep checks in save() call nothing.
        frame = self._dump_frame
        if frame is None:
            frame = sys._getframe(2)
        base = 0
        while frame is not None:
            base += 1
            frame = frame.f_back
        # Text protocols also call repr() in put(): a builtin call and its
        # recursion check count two more.
        self._depth_allowed = sys.getrecursionlimit() - base - (3 if self.bin else 5)
        return self._depth_allowed

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        depth = self._depth + 1
        if depth > _DEPTH_UNCHECKED and depth > (self._depth_allowed or self._set_depth_allowed()):
            raise RecursionError(_DEEP_PICKLE)
        self._depth = depth
        try:
            self._commit_frame()
            pid = self.persistent_id(obj)
            if pid is not None and save_persistent_id:
                self.save_pers(pid)
                return
            x = self.memo.get(id(obj))
            if x is not None:
                self.write(self.get(x[0]))
                return
            rv = NotImplemented
            reduce = getattr(self, "reducer_override", None)
            if reduce is not None:
                rv = reduce(obj)
            if rv is NotImplemented:
                t = type(obj)
                f = self.dispatch.get(t)
                if f is not None:
                    f(self, obj)
                    return
                reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
                if reduce is not None:
                    rv = reduce(obj)
                else:
                    if issubclass(t, type):
                        self.save_global(obj)
                        return
                    reduce = getattr(obj, "__reduce_ex__", None)
                    if reduce is not None:
                        rv = reduce(self.proto)
                    else:
                        reduce = getattr(obj, "__reduce__", None)
                        if reduce is not None:
                            rv = reduce()
                        else:
                            raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
            if isinstance(rv, str):
                self.save_global(obj, rv)
                return
            if not isinstance(rv, tuple):
                raise PicklingError("%s must return string or tuple" % "__reduce__")
            n = len(rv)
            if not (2 <= n <= 6):
                raise PicklingError("Tuple returned by %s must have two to six elements" % "__reduce__")
            self.save_reduce(*rv, obj=obj)
        finally:
            self._depth = depth - 1

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def _save_bytes_no_memo(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + _u64(n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + _u32(n), obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                x = self.memo.get(id(_codecs_encode))
                if x is not None:
                    self.write(self.get(x[0]))
                else:
                    self._save_global_name('_codecs', 'encode', None, None)
                    self.memoize(_codecs_encode)
                self.save((str(obj, 'latin1'), 'latin1'))
                self.write(REDUCE)
                self.memoize(obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + _u64(n), obj)
        else:
            self.write(BYTEARRAY8 + _u64(n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = _encode_utf8(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + _u64(n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + _u32(n), encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            tmp = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a") \
                     .replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        # The items are saved from this frame (no _batch_appends frame): a
        # nested list costs two frames, save() and this, as CPython counts it.
        depth = self._depth + 1
        if depth > _DEPTH_UNCHECKED and depth > (self._depth_allowed or self._set_depth_allowed()):
            raise RecursionError(_DEEP_PICKLE)
        self._depth = depth
        try:
            save = self.save
            write = self.write
            if not self.bin:
                for x in obj:
                    save(x)
                    write(APPEND)
                return
            it = iter(obj)
            while True:
                tmp = []
                for x in it:
                    tmp.append(x)
                    if len(tmp) == _BATCHSIZE:
                        break
                n = len(tmp)
                if n > 1:
                    write(MARK)
                    for x in tmp:
                        save(x)
                    write(APPENDS)
                elif n:
                    save(tmp[0])
                    write(APPEND)
                if n < _BATCHSIZE:
                    return
        finally:
            self._depth = depth - 1
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        # Entries saved from this frame, as in save_list.
        depth = self._depth + 1
        if depth > _DEPTH_UNCHECKED and depth > (self._depth_allowed or self._set_depth_allowed()):
            raise RecursionError(_DEEP_PICKLE)
        self._depth = depth
        try:
            save = self.save
            write = self.write
            if not self.bin:
                for k, v in obj.items():
                    save(k)
                    save(v)
                    write(SETITEM)
                return
            it = iter(obj.items())
            while True:
                tmp = []
                for x in it:
                    tmp.append(x)
                    if len(tmp) == _BATCHSIZE:
                        break
                n = len(tmp)
                if n > 1:
                    write(MARK)
                    for k, v in tmp:
                        save(k)
                        save(v)
                    write(SETITEMS)
                elif n:
                    k, v = tmp[0]
                    save(k)
                    save(v)
                    write(SETITEM)
                if n < _BATCHSIZE:
                    return
        finally:
            self._depth = depth - 1
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 0:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if n < _BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        self._save_global_name(module_name, name, parent, module)
        self.memoize(obj)

    def _save_global_name(self, module_name, name, parent, module):
        write = self.write
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + _encode_utf8(module_name) + b'\n' + _encode_utf8(name) + b'\n')
        else:
            if self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            try:
                write(GLOBAL + module_name.encode("ascii") + b'\n' + name.encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[type] = save_type


def _save_function(self, obj):
    self.save_global(obj)


Pickler.dispatch[type(_save_function)] = _save_function
# Built-in functions and methods pickle through their __reduce__ like CPython's
# C pickler: a module function by name, a bound method as getattr(self, name).


# ---------------------------------------------------------------- unpickling
class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._frame = None
        self._frame_pos = 0

    def read(self, n):
        if self._frame is not None:
            if self._frame_pos + n <= len(self._frame):
                data = self._frame[self._frame_pos:self._frame_pos + n]
                self._frame_pos += n
                return data
            if self._frame_pos != len(self._frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self._frame is not None:
            i = self._frame.find(b'\n', self._frame_pos)
            if i >= 0:
                data = self._frame[self._frame_pos:i + 1]
                self._frame_pos = i + 1
                return data
            if self._frame_pos != len(self._frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = self.dispatch
        first = True
        try:
            while True:
                if self._frame is not None and self._frame_pos < len(self._frame):
                    key = self._frame[self._frame_pos]
                    self._frame_pos += 1
                else:
                    if self._frame is not None:
                        self._frame = None
                    k = self._file_read(1)
                    if not k:
                        if first:
                            raise EOFError("Ran out of input")
                        raise UnpicklingError("pickle data was truncated")
                    key = k[0]
                first = False
                f = dispatch.get(key)
                if f is None:
                    if key == 0x2e:
                        raise _Stop(self.stack.pop())
                    raise UnpicklingError("invalid load key, %r." % chr(key))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            module, name = _py3_name(module, name)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size = int.from_bytes(self.read(8), 'little')
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._frame is not None and self._frame_pos < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self._file_read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = data
        self._frame_pos = 0
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == FALSE[1:]:
            val = False
        elif data == TRUE[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), 'little'))
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack_double(self.read(8)))
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(data))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(bytes(self.read(n)))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def _utf8(self, data):
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('utf-8', 'surrogateescape')

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(self._utf8(self.read(n)))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(self._utf8(self.read(n)))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(bytes(self.read(n)))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(bytearray(self.read(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(bytes(self.read(n)))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(self._utf8(self.read(n)))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args)
        self.append(obj)
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(int.from_bytes(self.read(2), 'little'))
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self.read(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self.read(4), 'little'))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.stack[-1]
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        self.memo[int.from_bytes(self.read(4), 'little')] = self.stack[-1]
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k) if hasattr(sys, 'intern') else k] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark


# ---------------------------------------------------------------- shorthands
class _BytesSink:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return len(data)


class _BytesSource:
    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self._data) - self._pos
        data = self._data[self._pos:self._pos + n]
        self._pos += len(data)
        return data

    def readline(self):
        i = self._data.find(b'\n', self._pos)
        end = len(self._data) if i < 0 else i + 1
        data = self._data[self._pos:end]
        self._pos = end
        return data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.chunks)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesSource(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


_Pickler = Pickler
_Unpickler = Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
