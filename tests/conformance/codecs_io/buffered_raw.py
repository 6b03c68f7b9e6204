# io.BufferedReader/Writer/Random and TextIOWrapper over Python raw streams; io.FileIO.
import io
import os
import tempfile


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = io.BufferedReader(Raw(b'hello world\nsecond line\nthird\n'), 4)
print(r.read(5), r.readline(), r.readline(), r.read())
print(isinstance(r, io.BufferedReader), isinstance(r, io.BufferedIOBase), r.raw.calls > 0, r.readable())
r = io.BufferedReader(Raw(b'abcdefgh'))
b = bytearray(5)
print(r.readinto(b), b, list(io.BufferedReader(Raw(b'x\ny\nz'))))


class W(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


w = io.BufferedWriter(W(), 8)
w.write(b'abc')
w.write(b'defghij')
print(w.raw.chunks)
w.write(b'0123456789abcdefghij')
print(w.raw.chunks)
w.flush()
print(w.raw.chunks, w.writable(), w.readable())
w.close()
print(w.closed)
try:
    io.BufferedWriter(Raw(b''))
except OSError as e:
    print('OSError', e)
try:
    io.BufferedReader(Raw(b''), 0)
except ValueError as e:
    print('ValueError', e)

t = io.TextIOWrapper(io.BufferedReader(Raw('aé\nb\n'.encode('utf-16'))), encoding='utf-16')
print(t.readlines())

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f:
    f.write(b'0123456789')
f = io.FileIO(p)
print(f.read(3), f.readall(), f.mode, f.closefd, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
f.close()
f = io.FileIO(p, 'r+')
b = io.BufferedRandom(f)
b.seek(2)
b.write(b'AB')
b.seek(0)
print(b.read(), b.tell())
b.close()
print(isinstance(open(p, 'rb'), io.BufferedReader), isinstance(open(p, 'wb'), io.BufferedWriter))
try:
    io.FileIO(p, 'rt')
except ValueError as e:
    print('ValueError', e)
os.remove(p)
os.rmdir(d)
