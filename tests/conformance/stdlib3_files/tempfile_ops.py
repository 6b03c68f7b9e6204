# tempfile: mkstemp/mkdtemp (names, modes), NamedTemporaryFile (delete on
# close), TemporaryFile, TemporaryDirectory, SpooledTemporaryFile rollover.
import os, stat, shutil, tempfile
base = "/tmp/minipy_conf_tempfile"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base)
td = tempfile.gettempdir()
print(td == tempfile.tempdir, os.path.isdir(td), tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.gettempdir() is tempfile.gettempdir())
fd, name = tempfile.mkstemp(suffix=".dat", prefix="pre_", dir=base)
os.write(fd, b"hello"); os.close(fd)
print(os.path.basename(name).startswith("pre_"), name.endswith(".dat"), len(os.path.basename(name)), os.path.isabs(name), oct(stat.S_IMODE(os.stat(name).st_mode)))
d = tempfile.mkdtemp(prefix="dd_", dir=base)
print(os.path.isdir(d), os.path.basename(d).startswith("dd_"), oct(stat.S_IMODE(os.stat(d).st_mode)))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=base) as f:
    f.write("named")
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith(".txt"))
    n = f.name
print(os.path.exists(n))
f = tempfile.NamedTemporaryFile(delete=False, dir=base); f.write(b"keep"); f.close()
print(open(f.name, "rb").read()); os.unlink(f.name)
with tempfile.TemporaryFile() as tf:
    tf.write(b"abc"); tf.seek(0); print(tf.read())
with tempfile.TemporaryDirectory(prefix="tdir_", dir=base) as tdn:
    open(os.path.join(tdn, "x"), "w").close()
    print(os.path.isdir(tdn), os.path.basename(tdn).startswith("tdir_"))
print(os.path.exists(tdn))
t = tempfile.TemporaryDirectory(dir=base); nm = t.name; t.cleanup(); print(os.path.exists(nm))
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
    sp.write("short"); print(sp._rolled); sp.write("x" * 20); print(sp._rolled); sp.seek(0); print(sp.read())
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
