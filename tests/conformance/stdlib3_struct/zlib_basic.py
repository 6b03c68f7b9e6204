# zlib: one-shot and streaming compression, wbits variants, checksums, errors.
import zlib


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)
    else:
        print(repr(r))


data = b"The quick brown fox jumps over the lazy dog. " * 20
for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), c[:12], zlib.decompress(c) == data)
print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(data, wbits=-15)[:10], zlib.compress(data, wbits=31)[:4])
for wbits in [9, 15, -9, -15, 25, 31]:
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), zlib.decompress(c, wbits) == data, zlib.decompress(c, 47 if wbits > 0 else wbits) == data)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(bytearray(zlib.compress(b"ba"))), zlib.decompress(memoryview(zlib.compress(b"mv"))))

t(zlib.compress, b"hello", 20)
t(zlib.compress, b"hello", wbits=3)
t(zlib.compress, "x")
t(zlib.decompress, b"hello")
t(zlib.decompress, zlib.compress(b"hello")[:-3])
t(zlib.decompress, zlib.compress(b"hello") + b"xyz")
t(zlib.decompress, zlib.compress(b"hello"), bufsize=-1)
t(zlib.decompress, zlib.compress(b"hello"), wbits=100)
t(zlib.compressobj, level=20)
t(zlib.compressobj, wbits=100)
t(zlib.decompressobj, zdict=5)

c = zlib.compressobj()
parts = [c.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(c.flush())
stream = b"".join(parts)
print(len(stream), zlib.decompress(stream) == data, stream == zlib.compress(data))
t(c.compress, b"x")
t(c.flush)

c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
a = c.compress(b"abc" * 100)
b = c.flush(zlib.Z_SYNC_FLUSH)
c2 = c.copy()
e = c.flush()
print(a, b[-4:], len(e), zlib.decompress(a + b + e, -15) == b"abc" * 100, len(c2.flush()))
print(c.flush(zlib.Z_NO_FLUSH))

d = zlib.decompressobj()
out = d.decompress(stream[:50]) + d.decompress(stream[50:])
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"EXTRA"), d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj()
z = zlib.compress(b"a" * 1000)
first = d.decompress(z, 10)
print(first, len(d.unconsumed_tail), d.eof)
rest = d.decompress(d.unconsumed_tail)
print(len(rest), d.eof, d.flush())
t(d.decompress, b"x", -1)
d = zlib.decompressobj()
t(d.decompress, b"garbage")
d = zlib.decompressobj()
print(d.decompress(z[:5]), d.eof)
t(d.flush, 0)
d = zlib.decompressobj()
part = d.decompress(z, 100)
print(len(part), len(d.flush()), d.eof)

zd = b"the quick brown fox"
c = zlib.compressobj(zdict=zd)
comp = c.compress(b"the quick brown fox jumps") + c.flush()
d = zlib.decompressobj(zdict=zd)
print(comp, d.decompress(comp))
t(zlib.decompress, comp)

print(zlib.crc32(b"abc"), zlib.crc32(b"abc", 5), zlib.crc32(b""), zlib.crc32(b"c", zlib.crc32(b"ab")))
print(zlib.adler32(b"abc"), zlib.adler32(b"abc", 5), zlib.adler32(b""), zlib.adler32(data))
t(zlib.crc32, "abc")
t(type(zlib.compressobj()))
t(type(zlib.decompressobj()))
print(type(zlib.compressobj()), type(zlib.decompressobj()))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION, zlib.ZLIB_VERSION[:2])
print(sorted(n for n in dir(zlib) if not n.startswith("_")))
print(zlib.error.__mro__)
