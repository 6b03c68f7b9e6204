# Binary files: buffering=0, readinto, readall, peek, read1.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'b.bin')
with open(p, 'wb') as f:
    f.write(bytes(range(20)))

with open(p, 'rb', buffering=0) as f:
    buf = bytearray(8)
    print(f.readinto(buf), buf)
    print(f.readall())
    print(f.readinto(buf))

with open(p, 'rb') as f:
    print(f.peek()[:4])
    print(f.read(3))
    print(f.peek(1)[:2])
    m = memoryview(bytearray(5))
    print(f.readinto(m), m.tobytes())
    print(f.read1(4))
    a = bytearray(100)
    print(f.readinto1(a), a[:8])
    print(f.read())

with open(p, 'r+b') as f:
    f.seek(5)
    f.write(b'XY')
    f.seek(0)
    b = bytearray(7)
    print(f.readinto(b), bytes(b))

with open(p, 'rb') as f:
    try:
        f.readinto(b'abc')
    except TypeError as e:
        print('TypeError', e)
os.remove(p)
os.rmdir(d)
