# tarfile: ustar/GNU/pax headers (archive bytes checked by md5), reading, extractfile,
# gzip and stream modes, add/extractall, append, extraction filters, errors.
import tarfile, io, os, tempfile, hashlib
def mk(name, data, **kw):
    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1600000000; ti.mode = 0o644
    for k, v in kw.items(): setattr(ti, k, v)
    return ti
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=fmt) as t:
        t.addfile(mk("a.txt", b"hello"), io.BytesIO(b"hello"))
        t.addfile(mk("longdir_" * 10 + "/file_" + "x" * 50, b"long"), io.BytesIO(b"long"))
        d = tarfile.TarInfo("dir"); d.type = tarfile.DIRTYPE; d.mode = 0o755; d.mtime = 1600000000
        t.addfile(d)
        s = tarfile.TarInfo("link"); s.type = tarfile.SYMTYPE; s.linkname = "a.txt"; s.mtime = 1600000000
        t.addfile(s)
        if fmt != tarfile.USTAR_FORMAT:
            t.addfile(mk("ünï.txt", b"u", uname="üser"), io.BytesIO(b"u"))
            t.addfile(mk("f.txt", b"", mtime=1600000000.5))
    data = b.getvalue()
    print(fmt, len(data), hashlib.md5(data).hexdigest())
    b.seek(0)
    with tarfile.open(fileobj=b) as t:
        for m in t.getmembers():
            print(m.name, m.size, m.mtime, oct(m.mode), m.type, m.linkname, m.uname, m.isreg(), m.isdir(), m.issym(), sorted(m.pax_headers))
        print(t.getnames())
        print(t.extractfile("a.txt").read(), t.extractfile("link").read(), t.extractfile("dir"))
        f = t.extractfile("a.txt"); print(f.read(2), f.tell(), f.readline(), f.seek(1), f.read())
        try: t.getmember("nope")
        except KeyError as e: print("KeyError", e)
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w:gz") as t:
    t.addfile(mk("z.txt", b"zzz"), io.BytesIO(b"zzz"))
b.seek(0)
with tarfile.open(fileobj=b, mode="r:*") as t: print(t.getnames(), t.extractfile("z.txt").read())
b.seek(0)
with tarfile.open(fileobj=b, mode="r:gz") as t: print(t.getnames())
b.seek(0)
with tarfile.open(fileobj=b, mode="r|gz") as t:
    for m in t: print("stream", m.name, t.extractfile(m).read())
try: tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r:")
except tarfile.ReadError as e: print("ReadError", e)
try: tarfile.open(fileobj=io.BytesIO(b""), mode="r:")
except tarfile.ReadError as e: print("ReadError", e)
try: tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r:gz")
except tarfile.ReadError as e: print("ReadError", e)
try: tarfile.open(fileobj=io.BytesIO(b""), mode="r:zz")
except tarfile.CompressionError as e: print("CompressionError", e)
try: tarfile.open()
except ValueError as e: print("ValueError", e)
try: tarfile.open(fileobj=io.BytesIO(), mode="q")
except ValueError as e: print("ValueError", e)
print(tarfile.is_tarfile(io.BytesIO(b"nope" * 200)))
with tempfile.TemporaryDirectory() as td:
    os.chdir(td)
    os.makedirs("src/sub")
    with open("src/f1.txt", "w") as f: f.write("one\n")
    with open("src/sub/f2.txt", "w") as f: f.write("two\n" * 100)
    os.symlink("f1.txt", "src/lnk")
    os.utime("src/f1.txt", (1600000000, 1600000000))
    with tarfile.open("out.tar.gz", "w:gz") as t:
        t.add("src")
        t.add("src/f1.txt", arcname="renamed.txt")
        t.add("src", arcname="filtered", filter=lambda ti: None if ti.name.endswith("f2.txt") else ti)
    print(tarfile.is_tarfile("out.tar.gz"))
    with tarfile.open("out.tar.gz") as t:
        print([(m.name, m.type, m.size) for m in t])
        t.extractall("dest")
        t.extract("renamed.txt", "dest2")
    for root, dirs, files in sorted(os.walk("dest")):
        print(root, sorted(dirs), sorted(files))
    print(open("dest/src/sub/f2.txt").read()[:8], os.readlink("dest/src/lnk"), os.stat("dest/src/f1.txt").st_mtime)
    print(open("dest2/renamed.txt").read())
    with tarfile.open("plain.tar", "w") as t: t.add("src/f1.txt")
    with tarfile.open("plain.tar", "a") as t: t.add("src/sub/f2.txt")
    with tarfile.open("plain.tar") as t: print(t.getnames())
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w") as t:
        t.addfile(mk("../escape.txt", b"e"), io.BytesIO(b"e"))
        t.addfile(mk("/abs.txt", b"a"), io.BytesIO(b"a"))
        t.addfile(mk("ok.txt", b"o", mode=0o4777), io.BytesIO(b"o"))
    for flt in ("data", "tar"):
        b.seek(0)
        with tarfile.open(fileobj=b) as t:
            for m in t.getmembers():
                try:
                    t.extract(m, "fdest_" + flt, filter=flt)
                    print(flt, m.name, "ok")
                except tarfile.FilterError as e:
                    print(flt, type(e).__name__, str(e).replace(td, "<td>"))
    print(oct(os.stat("fdest_data/ok.txt").st_mode), oct(os.stat("fdest_tar/ok.txt").st_mode))
    b.seek(0)
    with tarfile.open(fileobj=b) as t:
        try: t.extractall("x", filter="bogus")
        except ValueError as e: print("ValueError", e)
    os.chdir("/")
ti = tarfile.TarInfo("n")
print(ti.name, ti.size, ti.mode, ti.type, ti.path, ti.get_info())
r = ti.replace(name="m", mode=0o600); print(r.name, oct(r.mode), ti.name)
print(tarfile.DEFAULT_FORMAT, tarfile.ENCODING, tarfile.BLOCKSIZE, tarfile.RECORDSIZE)
print(len(tarfile.TarInfo("x" * 99).tobuf()), len(tarfile.TarInfo("y" * 200).tobuf(tarfile.GNU_FORMAT)))
try: tarfile.TarInfo("y" * 200).tobuf(tarfile.USTAR_FORMAT)
except ValueError as e: print("ValueError", e)
