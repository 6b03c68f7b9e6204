# memoryview.cast: formats, shapes, multi-dimensional indexing and tolist, errors.
import struct

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

raw = bytearray(struct.pack('<8i', 1, -2, 3, -4, 5, -6, 7, 2**31 - 1))
m = memoryview(raw)
i = m.cast('i')
print(i.format, i.itemsize, i.shape, i.strides, i.nbytes, len(i), i.tolist())
print(i[1], i[-1], i[2:5].tolist(), i[::3].tolist())
i[0] = 100
i[1:3] = memoryview(struct.pack('<2i', 11, 12)).cast('i')
print(i.tolist(), struct.unpack_from('<i', raw, 0))
t('big', lambda: i.__setitem__(0, 2**31))
t('mix', lambda: i.__setitem__(slice(0, 2), b'12345678'))
for fmt in 'bBhHiIlLqQnNfd?c':
    v = memoryview(bytes(range(1, 17))).cast(fmt)
    print(fmt, v.itemsize, len(v), v.tolist()[:3])
print(memoryview(b'\x00\x00\x80?').cast('f').tolist(), memoryview(struct.pack('d', 2.5)).cast('d')[0])
print(memoryview(bytes([0, 1, 2])).cast('?').tolist(), memoryview(b'xy').cast('c').tolist())
c = memoryview(bytearray(b'ab')).cast('c')
c[0] = b'z'
print(c.tobytes())
t('c1', lambda: c.__setitem__(0, b'zz'))
t('c2', lambda: c.__setitem__(0, 1))
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 3
print(d.tolist())
t('d', lambda: d.__setitem__(0, 'x'))
q = memoryview(bytearray(8)).cast('Q')
q[0] = 2**64 - 1
print(q[0], memoryview(bytes(q)).cast('q')[0])
t('Qneg', lambda: q.__setitem__(0, -1))
g = memoryview(bytearray(range(24))).cast('B', [2, 3, 4])
print(g.ndim, g.shape, g.strides, g.nbytes, len(g), g.tolist())
print(g[1, 2, 3], g[0, 0, 1], g.c_contiguous, g.f_contiguous, g.contiguous)
g[1, 2, 3] = 99
print(g[1, 2, 3], g[0:1].tolist(), g.tobytes()[-3:])
t('sub', lambda: g[0])
t('sub2', lambda: g[0, 1])
t('toomany', lambda: g[0, 1, 2, 3])
t('mslice', lambda: g[0:1, 0:1])
t('setsub', lambda: g.__setitem__(0, 5))
t('setslice', lambda: g.__setitem__(slice(0, 1), b'x'))
t('iter', lambda: list(g))
h = g.cast('B')
print(h.shape, h.tolist()[:5])
print(memoryview(bytes(12)).cast('i', (3,)).shape, memoryview(bytes(12)).cast('B', [3, 4]).cast('i').shape)
print(memoryview(bytes(8)).cast('B', [2, 4]).cast('h', [4]).tolist())
t('nonbyte', lambda: m.cast('i').cast('h'))
t('contig', lambda: m[::2].cast('B'))
t('prod', lambda: m.cast('B', [3]))
t('zero', lambda: m.cast('B', (2, 0, 4)))
t('shape', lambda: m.cast('B', 5))
t('fmt', lambda: m.cast('x'))
t('fmt2', lambda: m.cast('<i'))
t('nd', lambda: m.cast('B', [2, 2, 8]).cast('B', [4, 8]))
t('mult', lambda: memoryview(b'abc').cast('h'))
t('dims', lambda: m.cast('B', [1] * 65))
t('empty', lambda: m.cast('B', []))
print(memoryview(b'abcd').cast('@H') == memoryview(b'abcd').cast('H'))
print(memoryview(b'abcd').cast('h') == memoryview(b'abcd').cast('H'))
print(memoryview(b'\xff\xff').cast('h') == memoryview(b'\xff\xff').cast('H'))
print(memoryview(b'abcd').cast('B', [2, 2]) == memoryview(b'abcd'), memoryview(b'abcd').cast('B', [2, 2]) == memoryview(b'abcd').cast('B', [2, 2]))
f = memoryview(struct.pack('2f', 1.0, float('nan'))).cast('f')
print(f == f, f[:1] == memoryview(struct.pack('f', 1.0)).cast('f'))
