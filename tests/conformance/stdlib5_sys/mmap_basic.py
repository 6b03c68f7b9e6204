# mmap: file-backed and anonymous maps, access modes, reads/writes/seeks, slices, errors.
import mmap, tempfile, os
print(sorted(k for k in dir(mmap) if k.isupper()))
with tempfile.TemporaryFile() as f:
    f.write(b"hello world\nline2\n"); f.flush()
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m[0], m[0:5], m[-1], m.find(b"o"), m.rfind(b"o"), m.find(b"zz"), m.readline(), m.tell(), m.read(3), m.read_byte(), m.size())
    print(m.find(b"l", 3, 10), m.rfind(b"l", -8), m[::3], m[-5:])
    m[0] = 72; m[1:3] = b"EL"; print(m[:5]); print(list(m)[:3], b"w" in m, b"q" in m)
    m.seek(0, 2); print(m.tell())
    m.seek(-3, 1); print(m.tell()); m.seek(0)
    for call in [lambda: m.read_byte() if m.seek(0, 2) is None else 0, lambda: m.seek(100), lambda: m[100], lambda: m.__setitem__(0, 300), lambda: m.__setitem__(slice(0,2), b"abc"), lambda: m.__delitem__(0), lambda: m.write(b"x"), lambda: m.move(0, 5, 100), lambda: m.seek(0, 5), lambda: m["x"]]:
        try: print(call())
        except Exception as e: print(type(e).__name__, e)
    m.seek(0); print(m.write(b"HI"), m.tell(), bytes(m)[:5]); m.write_byte(33); print(m[:3])
    m.flush(); m.move(0, 6, 5); print(m[:11]); print(m.read(), m.read(5))
    print(repr(m))
    m.close(); print(m.closed, repr(m)); m.close()
    for call in [lambda: m[0], lambda: len(m), lambda: m.read(), lambda: m.size()]:
        try: call()
        except Exception as e: print(type(e).__name__, e)
    f.seek(0); print(f.read(12))
    r = mmap.mmap(f.fileno(), 5, access=mmap.ACCESS_READ)
    try: r[0] = 1
    except Exception as e: print(type(e).__name__, e)
    try: r.write(b"x")
    except Exception as e: print(type(e).__name__, e)
    c = mmap.mmap(f.fileno(), 5, access=mmap.ACCESS_COPY); c[0] = 97; print(c[:5], r[:5])
    w = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_WRITE); w.resize(30); print(len(w), w.size(), os.fstat(f.fileno()).st_size)
    for call in [lambda: mmap.mmap(f.fileno(), 1000), lambda: mmap.mmap(f.fileno(), -1), lambda: mmap.mmap(f.fileno(), 0, offset=5), lambda: mmap.mmap(f.fileno(), 0, access=5), lambda: mmap.mmap(f.fileno(), 0, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ), lambda: mmap.mmap(-1, 0), lambda: r.resize(3), lambda: mmap.mmap(f.fileno(), 0, offset=mmap.PAGESIZE * 4)]:
        try: print(call())
        except Exception as e: print(type(e).__name__, e)
a = mmap.mmap(-1, 10); a.write(b"anon"); print(a[:6], len(a))
try: a.size()
except OSError as e: print("OSError", e)
with mmap.mmap(-1, 4) as z: print(z.closed)
print(z.closed, mmap.error is OSError, mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY)
