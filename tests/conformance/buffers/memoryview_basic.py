# memoryview over bytes/bytearray: attributes, indexing, slicing, assignment, errors.
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b'abcdefgh')
m = memoryview(b)
for attr in ('format', 'itemsize', 'ndim', 'shape', 'strides', 'nbytes', 'readonly',
             'c_contiguous', 'f_contiguous', 'contiguous', 'suboffsets'):
    print(attr, getattr(m, attr))
print(m.obj is b, len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m[::2].strides, m[::2].contiguous, m[::-3].tolist(), m[5:2].tolist())
m[0] = 65
m[1:3] = b'XY'
m[4:8:2] = b'12'
print(b)
m[::-1] = bytes(reversed(bytes(m)))
print(b)
t('idx', lambda: m[8])
t('idx-', lambda: m[-9])
t('key', lambda: m['a'])
t('keyf', lambda: m[1.5])
t('val', lambda: m.__setitem__(0, 256))
t('typ', lambda: m.__setitem__(0, 'a'))
t('neg', lambda: m.__setitem__(0, -1))
t('size', lambda: m.__setitem__(slice(0, 2), b'abc'))
t('list', lambda: m.__setitem__(slice(0, 2), [1, 2]))
t('del', lambda: m.__delitem__(0))
t('ro', lambda: memoryview(b'ab').__setitem__(0, 1))
t('ctor', lambda: memoryview(1))
t('ctor2', lambda: memoryview('abc'))
print(m.tobytes(), m.tobytes('C'), m.tobytes(order='A'), m.tolist()[:3])
t('order', lambda: m.tobytes('X'))
print(m.hex(), m.hex(':'), m.hex('-', 3), m[:0].hex())
print(list(memoryview(b'xyz')), [x for x in m[2:5]])
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == bytearray(b'ab'), memoryview(b'ab') != b'ac')
print(memoryview(b'ab') == 'ab', memoryview(b'ab') == [97, 98], b'ab' == memoryview(b'ab'))
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'xabc')[1:]) == hash(b'abc'))
t('hashw', lambda: hash(m))
t('hashfmt', lambda: hash(memoryview(b'abcd').cast('h')))
r = m.toreadonly()
print(r.readonly, r.tobytes() == m.tobytes())
t('rowrite', lambda: r.__setitem__(0, 1))
mm = memoryview(m)
print(mm.obj is b, mm == m)
with memoryview(b'qq') as w:
    print(w.tobytes())
print(repr(w).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
for name, f in [('getitem', lambda: w[0]), ('len', lambda: len(w)), ('tobytes', lambda: w.tobytes()),
                ('bytes', lambda: bytes(w)), ('format', lambda: w.format), ('tolist', lambda: w.tolist()),
                ('cast', lambda: w.cast('B')), ('enter', lambda: w.__enter__()), ('hash', lambda: hash(w))]:
    t(name, f)
w.release()
print(w == w, w == memoryview(b'qq'))
print(bytes(memoryview(b'abcdef')[::2]), bytearray(memoryview(b'abcdef')[1::2]))
