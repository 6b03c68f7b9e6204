# Non-contiguous memoryviews: BufferError like CPython.
import hashlib
import io

m = memoryview(bytearray(b'abcdef'))[::2]
for name, f in [('sha256', lambda: hashlib.sha256(m)), ('md5.update', lambda: hashlib.md5().update(m)),
                ('BytesIO', lambda: io.BytesIO(m)), ('BytesIO.write', lambda: io.BytesIO().write(m)),
                ('new', lambda: hashlib.new('sha256', m)), ('blake2b', lambda: hashlib.blake2b(m))]:
    try:
        f()
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
print(hashlib.sha256(memoryview(b'abcdef')[1:4]).hexdigest())
print(io.BytesIO(memoryview(b'abcdef')[1:4]).getvalue())
r = memoryview(b'abc')
r.release()
for f in [lambda: hashlib.sha256(r), lambda: io.BytesIO(r)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
