# gzip: compress/decompress, GzipFile read/write/seek/append, open() in text mode, errors.
import gzip, io, os, tempfile
print(gzip.compress(b"hello", mtime=0))
b = io.BytesIO()
with gzip.GzipFile(filename="x.txt.gz", mode="wb", fileobj=b, mtime=0) as f: f.write(b"abc")
print(b.getvalue())
with gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())) as f: print(f.read(), f.mtime, repr(f.name), f.mode)
try: gzip.decompress(b"xx")
except Exception as e: print(type(e).__name__, e)
try: gzip.decompress(gzip.compress(b"abc")[:-3])
except Exception as e: print(type(e).__name__, e)
d = bytearray(gzip.compress(b"abc", mtime=0)); d[-8] ^= 1
try: gzip.decompress(bytes(d))
except Exception as e: print(type(e).__name__, e)
print(gzip.decompress(gzip.compress(b"a")+gzip.compress(b"b")))
f = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"); f.close(); print(f.closed)
try: f.write(b"x")
except Exception as e: print(type(e).__name__, e)
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc")))
try: r.write(b"x")
except Exception as e: print(type(e).__name__, e)
try: gzip.open("x", "rbt")
except Exception as e: print(type(e).__name__, e)
try: gzip.open("x", "rb", encoding="u")
except Exception as e: print(type(e).__name__, e)
try: gzip.open(1)
except Exception as e: print(type(e).__name__, e)
print(gzip.READ, gzip.WRITE, gzip.__all__)
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "t.txt.gz")
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("line1\nline2\néé\n")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with gzip.open(p) as f:
        print(f.readline(), f.read(3), f.tell(), f.peek(2)[:2])
        f.seek(0); print(f.read())
        print(list(f))
    data = os.urandom(0) + bytes(range(256)) * 2000
    with gzip.open(p, "wb", compresslevel=1) as f:
        f.write(data)
    with gzip.open(p, "rb") as f:
        print(f.read() == data)
    print(gzip.decompress(open(p, "rb").read()) == data)
    with gzip.open(p, "ab") as f: f.write(b"tail")
    with gzip.open(p) as f: print(f.read()[-6:])
    with gzip.open(p) as f:
        for i, line in enumerate(f):
            pass
        print(i)
