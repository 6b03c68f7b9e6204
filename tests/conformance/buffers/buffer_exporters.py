# The buffer protocol: array, mmap, bytearray exports, and APIs taking bytes-like objects.
import array, mmap, struct, hashlib, zlib, binascii, io, os, tempfile

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.nbytes, m.tolist(), m.obj is a)
m[1] = 20
print(a)
t('arr-append', lambda: a.append(4))
m.release()
a.append(4)
print(a, memoryview(array.array('d', [1.5])).tolist(), memoryview(array.array('u', 'ab')).format)
print(memoryview(array.array('H', [1, 2])).cast('B').tolist())
ba = bytearray(b'abc')
v = memoryview(ba)
for name, f in [('append', lambda: ba.append(1)), ('extend', lambda: ba.extend(b'x')),
                ('clear', lambda: ba.clear()), ('pop', lambda: ba.pop()), ('remove', lambda: ba.remove(97)),
                ('insert', lambda: ba.insert(0, 1)), ('del', lambda: ba.__delitem__(0)),
                ('delslice', lambda: ba.__delitem__(slice(0, 2))), ('iadd', lambda: ba.__iadd__(b'x')),
                ('imul', lambda: ba.__imul__(2)), ('grow', lambda: ba.__setitem__(slice(0, 1), b'xy')),
                ('init', lambda: ba.__init__(b'zzzz'))]:
    t(name, f)
ba[0:1] = b'Z'
ba[1] = 66
print(ba, v.tobytes())
v.release()
ba.append(100)
print(ba)
mm = mmap.mmap(-1, 16)
mv = memoryview(mm)
print(mv.readonly, mv.nbytes, mv.format)
mv[0:5] = b'hello'
print(mm[:5], bytes(mv[:5]))
t('close', lambda: mm.close())
t('resize', lambda: mm.resize(32))
mv.release()
mm.close()
print(mm.closed)
t('closed-view', lambda: memoryview(mm))
# bytes-like arguments everywhere
src = memoryview(b'hello world')
print(bytes(src), bytearray(src[:5]), b'-'.join([src[:5], array.array('b', [33, 63])]))
print(hashlib.md5(src).hexdigest() == hashlib.md5(b'hello world').hexdigest())
print(zlib.decompress(memoryview(zlib.compress(b'data' * 10))), zlib.crc32(src) == zlib.crc32(b'hello world'))
print(binascii.hexlify(array.array('B', [1, 2, 255])), b'ab' + memoryview(b'cd'), bytearray(b'x') + array.array('B', [65]))
buf = bytearray(12)
struct.pack_into('<3i', memoryview(buf), 0, 7, 8, 9)
print(struct.unpack_from('<3i', memoryview(buf)), struct.unpack('<3i', array.array('i', [1, 2, 3])))
print(list(struct.iter_unpack('<h', memoryview(b'\x01\x00\x02\x00'))))
arr = array.array('b', [0] * 4)
struct.pack_into('<i', arr, 0, -1)
print(arr)
t('pack-ro', lambda: struct.pack_into('<i', memoryview(b'1234'), 0, 1))
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), b'abc'.startswith(memoryview(b'ab')), memoryview(b'z') in [b'z'])
bio = io.BytesIO()
bio.write(memoryview(b'abc'))
bio.write(array.array('B', [100]))
print(bio.getvalue())
r = io.BytesIO(b'xyz')
target = bytearray(3)
print(r.readinto(memoryview(target)), target)
fd, path = tempfile.mkstemp()
os.write(fd, memoryview(b'via os.write '))
os.write(fd, array.array('B', [65, 66]))
os.close(fd)
with open(path, 'rb') as fh:
    print(fh.read())
with open(path, 'wb') as fh:
    fh.write(memoryview(b'written'))
with open(path, 'rb') as fh:
    print(fh.read())
os.unlink(path)
t('str', lambda: memoryview(b'a') + b'b')
print(bytes(memoryview(b'abcdef').cast('B', [2, 3])), bytes(memoryview(bytes(8)).cast('i')))
