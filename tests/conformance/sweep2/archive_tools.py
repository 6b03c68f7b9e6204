# zipfile / tarfile / shutil.make_archive round trips in a temp dir
import os, shutil, tempfile, zipfile, tarfile, io

root = tempfile.mkdtemp(prefix="arch")
src = os.path.join(root, "project")
files = {"README.md": "# Project\n", "src/app.py": "print('app')\n" * 20, "src/lib/util.py": "X = 1\n", "data/values.csv": "a,b\n" + "1,2\n" * 50}
for rel, text in files.items():
    p = os.path.join(src, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as fh:
        fh.write(text)

zpath = os.path.join(root, "bundle.zip")
with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for rel in sorted(files):
        zf.write(os.path.join(src, rel), arcname=rel)
    zf.writestr("generated/info.txt", "made in memory\n")
with zipfile.ZipFile(zpath) as zf:
    print(zf.namelist())
    for info in zf.infolist():
        print(f"{info.filename:<22}{info.file_size:>6} {info.compress_type == zipfile.ZIP_DEFLATED} {info.is_dir()}")
    print(zf.read("src/lib/util.py"), zf.testzip())
    with zf.open("README.md") as fh:
        print(fh.read().decode().strip())
    out = os.path.join(root, "unzipped")
    zf.extractall(out)
print(sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs))
print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(os.path.join(src, "README.md")))
try:
    zipfile.ZipFile(zpath).read("nope.txt")
except KeyError as e:
    print("KeyError:", e)

mem = io.BytesIO()
with zipfile.ZipFile(mem, "a") as zf:
    zf.writestr("x.txt", "x" * 100, compress_type=zipfile.ZIP_STORED)
    zf.writestr(zipfile.ZipInfo("dir/"), "")
print(len(mem.getvalue()) > 100, zipfile.ZipFile(mem).namelist())

tpath = os.path.join(root, "bundle.tar.gz")
with tarfile.open(tpath, "w:gz") as tf:
    tf.add(src, arcname="project")
with tarfile.open(tpath) as tf:
    names = sorted(tf.getnames())
    print(names)
    m = tf.getmember("project/src/app.py")
    print(m.name, m.size, m.isfile(), tf.getmember("project/src").isdir())
    print(tf.extractfile("project/README.md").read())
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w") as tf:
    data = b"hello tar"
    ti = tarfile.TarInfo("mem/hello.txt")
    ti.size = len(data)
    tf.addfile(ti, io.BytesIO(data))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf) as tf:
    print([(m.name, m.size) for m in tf.getmembers()], tf.extractfile("mem/hello.txt").read())

base = os.path.join(root, "made")
for fmt in ["zip", "tar", "gztar"]:
    arch = shutil.make_archive(base, fmt, root_dir=src)
    print(fmt, os.path.basename(arch))
    dest = os.path.join(root, "out_" + fmt)
    shutil.unpack_archive(arch, dest)
    print(sorted(os.path.relpath(os.path.join(d, f), dest) for d, _, fs in os.walk(dest) for f in fs))
print(sorted(name for name, _ in shutil.get_archive_formats() if name in ("zip", "tar", "gztar")))
try:
    shutil.make_archive(base, "rar", root_dir=src)
except ValueError as e:
    print("ValueError:", e)
shutil.rmtree(root)
print(os.path.exists(root))
