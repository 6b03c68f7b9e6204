# struct over buffers: pack_into/unpack_from/iter_unpack with memoryview, array, mmap; exports held by iter_unpack.
import struct, array, mmap
b = bytearray(4)
it = struct.iter_unpack('b', b)
try:
    b.append(1)
except BufferError as e:
    print(e)
print(it.__length_hint__(), list(it))
b.append(1)
print(b)
mm = mmap.mmap(-1, 8)
struct.pack_into('<ii', mm, 0, 5, -6)
print(struct.unpack_from('<ii', mm), struct.unpack('<ii', memoryview(mm)), mm[:8])
it = struct.iter_unpack('<i', mm)
try:
    mm.close()
except BufferError as e:
    print(e)
print(list(it))
mm.close()
a = array.array('h', [0, 0, 0])
struct.pack_into('<hh', a, 2, 300, -300)
print(a, struct.unpack_from('<h', a, 4))
m = memoryview(bytearray(6)).cast('h')
struct.pack_into('<3h', m, 0, 1, 2, 3)
print(m.tolist(), struct.unpack('<3h', m))
try:
    struct.pack_into('<h', memoryview(bytearray(4))[::2], 0, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.unpack_from('<i', memoryview(b'abc'))
except struct.error as e:
    print(e)
s = struct.Struct('<2s')
print(s.unpack(memoryview(b'hi')), list(s.iter_unpack(array.array('B', b'abcd'))))
