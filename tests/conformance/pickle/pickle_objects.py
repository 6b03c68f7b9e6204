# Pickling user objects: __reduce__/__reduce_ex__, __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__, slots, copyreg.pickle, persistent ids,
# dump/load through a file, error types and messages.
import pickle
import copyreg
import io


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a * 2,))


class Stateful:
    def __init__(self):
        self.secret = 'hidden'
        self.visible = 1

    def __getstate__(self):
        d = dict(self.__dict__)
        del d['secret']
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.secret = 'restored'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b


class KwNew:
    def __new__(cls, *, size):
        o = super().__new__(cls)
        o.size = size
        return o

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


class MyList(list):
    pass


class MyDict(dict):
    pass


class Custom:
    def __init__(self, v):
        self.v = v


def reduce_custom(c):
    return (Custom, (c.v + 100,))


copyreg.pickle(Custom, reduce_custom)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(Point(1, [2, 3]), proto))
    r = pickle.loads(pickle.dumps(Reduced(5), proto))
    s = pickle.loads(pickle.dumps(Stateful(), proto))
    ml = MyList([1, 2]); ml.tag = 't'
    ml2 = pickle.loads(pickle.dumps(ml, proto))
    md = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    c = pickle.loads(pickle.dumps(Custom(1), proto))
    print(proto, p, r.a, s.secret, s.visible, type(ml2).__name__, ml2, ml2.tag, type(md).__name__, md, c.v)
    if proto >= 2:
        sl = pickle.loads(pickle.dumps(Slotted(1, 'two'), proto))
        print(' ', sl.a, sl.b)
    if proto >= 4:
        k = pickle.loads(pickle.dumps(KwNew(size=3), proto))
        print(' ', k.size, type(k).__name__)

print(pickle.dumps(Point(1, 2)).hex())
print(pickle.dumps(Point(1, 2), 0))
print(pickle.dumps(Point(1, 2), 2))
print(pickle.dumps(Reduced(1)).hex())
print(pickle.dumps(Slotted(1, 2), 2))

# Shared references survive; so do cycles through instances.
p = Point(1, 2)
a, b = pickle.loads(pickle.dumps([p, p]))
print(a is b, a)
p.y = p
q = pickle.loads(pickle.dumps(p))
print(q.y is q)

# dump/load through files, several pickles in one stream.
buf = io.BytesIO()
pickle.dump({'k': [1, 2]}, buf)
pickle.dump((3, 'x'), buf, protocol=0)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))

# Persistent ids.
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %s %s' % pid


buf = io.BytesIO()
DBPickler(buf).dump([Point(7, 8), 'plain'])
print(buf.getvalue().hex())
buf.seek(0)
print(DBUnpickler(buf).load())

# Exceptions round-trip with their args.
for e in [ValueError('bad', 2), KeyError('k'), StopIteration(5), OSError(2, 'No such file')]:
    e2 = pickle.loads(pickle.dumps(e))
    print(type(e2).__name__, e2.args, str(e2))

# Errors.
def local_maker():
    def inner():
        pass
    return inner

for obj in [local_maker(), lambda: 0]:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

import threading
try:
    pickle.dumps(threading.Lock())
except TypeError as e:
    print('TypeError:', e)

for data in [b'', b'\x80\x04K', b'zzz', b'\x80\x09K\x01.', b'\x80\x04\x95\x05\x00']:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print('ValueError:', e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(pickle.dumps(Point, 0)) is Point, pickle.loads(pickle.dumps(local_maker)) is local_maker)
