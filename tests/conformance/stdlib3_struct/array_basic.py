# array: every typecode (item sizes, value ranges and their overflow errors),
# list-like operations, slicing, bytes round trips, unicode arrays, files,
# comparisons, and use as a buffer by struct/binascii/zlib/hashlib.
import array
import binascii
import copy
import hashlib
import pickle
import struct
import zlib
from array import array as A

print(array.typecodes, [A(t).itemsize for t in array.typecodes], array.ArrayType is A)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for tc in 'bBhHiIlLqQ':
    for v in [2 ** 70, -2 ** 70, 2 ** 64, 2 ** 63, 2 ** 32, 2 ** 31, 2 ** 16, 2 ** 15, 256, 128, -1, -129,
              -2 ** 15 - 1, -2 ** 31 - 1, -2 ** 63 - 1, 1.5, 'x', True]:
        print(tc, v, end=' ')
        t(lambda: A(tc, [v]))
for tc in 'fd':
    for v in [1, 1.5, 'x', 2 ** 2000, 1e300, None, 0.1]:
        print(tc, v, end=' ')
        t(lambda: A(tc, [v]))
for v in ['a', 'ab', 1, '', '\u00e9', '\U0001f600']:
    print('u', repr(v), end=' ')
    t(lambda: A('u', [v]))
t(lambda: A('z'))
t(lambda: A(5))
t(lambda: A('ii'))
t(lambda: A('i', 'abc'))
t(lambda: A('u', 'abc\u00e9'))
t(lambda: A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
t(lambda: A('i', b'\x01\x00'))
t(lambda: A('i', bytearray(4)))
t(lambda: A('b', A('i', [1, 2])))
t(lambda: A('i', A('u', 'ab')))
t(lambda: A('d', range(3)))
t(lambda: A('d', (x / 2 for x in range(3))))
t(lambda: A('d', [0.1]) + A('f', [1]))
t(lambda: A('d', [0.1]) + [1])
t(lambda: A('d', [0.1]).extend(A('f', [1])))
t(lambda: A('i', [1, 2, 3]).index(5))
t(lambda: A('i', [1, 2, 3]).remove(5))
t(lambda: A('i').pop())
t(lambda: A('i', [1]).pop(5))
t(lambda: A('i', [1])[5])
t(lambda: A('i', [1])['x'])


def setitem(a, k, v):
    a[k] = v
    return a


def delitem(a, k):
    del a[k]
    return a


t(lambda: setitem(A('i', [1]), 5, 2))
t(lambda: setitem(A('i', [1, 2, 3]), slice(1, 2), [5]))
t(lambda: setitem(A('i', [1, 2, 3]), slice(0, 3, 2), A('i', [7])))
t(lambda: setitem(A('i', [1, 2, 3]), slice(0, 3, 2), A('i', [7, 8])))
t(lambda: setitem(A('i', [1, 2, 3]), slice(1, 2), A('i', [7, 8, 9])))
t(lambda: setitem(A('i', [1, 2, 3, 4, 5]), slice(1, 4), A('i', [0])))
t(lambda: setitem(A('i', [1, 2, 3]), slice(1, 2), A('d', [7])))
t(lambda: setitem(A('i', [1, 2, 3]), -1, 9))
t(lambda: setitem(A('i', [1, 2, 3]), 0, 'x'))
a = A('i', range(10))
a[2:5] = a
print(a)
t(lambda: delitem(A('i', range(10)), slice(None, None, 3)))
t(lambda: delitem(A('i', range(10)), slice(8, 1, -2)))
t(lambda: delitem(A('i', range(10)), slice(2, 5)))
t(lambda: delitem(A('i', range(3)), 1))
t(lambda: delitem(A('i', range(3)), 3))
t(lambda: A('i').tounicode())
t(lambda: A('i').fromunicode('x'))
t(lambda: A('i', [1, 2]) == A('d', [1.0, 2.0]))
t(lambda: A('i', [1, 2]) < A('i', [1, 3]))
t(lambda: A('i', [1, 2]) >= A('i', [1]))
t(lambda: A('i', [1, 2]) == [1, 2])
t(lambda: A.__hash__ is None)
t(lambda: A('i', [1, 2]) * 2)
t(lambda: 2 * A('i', [1, 2]))
t(lambda: A('i', [1, 2]) * -1)
t(lambda: A('b', [1, 2]).frombytes(b'\x03'))
t(lambda: A('h', [1, 2]).frombytes(b'\x03'))
t(lambda: A('h', [1, 2]).frombytes('ab'))
t(lambda: A('i', [1, 2, 3])[::-1])
t(lambda: A('i', [1, 2, 3, 4, 5])[1:4])
t(lambda: A('u', 'hello')[1:3])
t(lambda: A('i', range(5)).count(3))
t(lambda: A('i', [3, 4]).index(4, 0, 1))
t(lambda: A('i', [3, 4, 3]).index(3, 1))
t(lambda: A('i', [1]).fromlist([1, 'x']))
t(lambda: A('i', [1]).fromlist((1,)))
a = A('I', [1, 0x01020304])
a.byteswap()
print(a, a.tobytes())
a = A('i', [1, 2, 3])
a.insert(-100, 0)
a.insert(100, 9)
a.insert(1, 7)
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a += A('i', [8])
a *= 2
print(a, len(a), a.pop(), a.pop(0), a.pop(-2), 3 in a, 42 in a, list(a)[:4], a.tolist()[-3:])
a.reverse()
print(a, a.typecode, a.itemsize, str(A('u', 'hi')), repr(A('d')), repr(A('u')))
b = copy.copy(a)
b[0] = 99
print(a[0] != b[0], copy.deepcopy(a) == a, type(b).__name__)
print(pickle.loads(pickle.dumps(A('d', [1.5, 2.5]))), pickle.loads(pickle.dumps(A('u', 'xy'), 2)))
it = iter(A('h', [1, 2]))
print(type(it).__name__, next(it), list(it), list(it))
print(A('d', [1.5, 2.0]).tolist(), A('f', [0.1, 1 / 3]).tolist(), A('u', 'ab\u00e9').tounicode())
a = A('u', 'ab')
a.fromunicode('cd\U0001f600')
print(a, len(a), a.tobytes()[:8])


class MyArray(A):
    def total(self):
        return sum(self)


m = MyArray('i', [1, 2, 3])
print(m, m.total(), type(m[1:]).__name__, isinstance(m, A))
m.extra = 5
print(m.extra)

with open('/tmp/minipy_conf_array.bin', 'wb') as f:
    A('h', range(10)).tofile(f)
r = A('h')
with open('/tmp/minipy_conf_array.bin', 'rb') as f:
    r.fromfile(f, 4)
    print(r)
    try:
        r.fromfile(f, 10)
    except EOFError as e:
        print('EOFError:', e, r)

# arrays as buffers
data = A('i', [1, 2, 3])
print(bytes(data), struct.unpack('<3i', data), struct.unpack_from('<i', data, 4), binascii.hexlify(data))
print(zlib.crc32(data), hashlib.md5(data).hexdigest(), bytes(A('B', [65, 66])))
buf = A('b', [0] * 8)
struct.pack_into('<hi', buf, 1, -2, 7)
print(buf, list(struct.iter_unpack('<b', A('b', [1, -1]))))
print(A('B', b'abc'))
