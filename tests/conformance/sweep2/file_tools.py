# os.walk / pathlib / glob / tempfile / shutil on a scratch tree
import os, glob, shutil, tempfile
from pathlib import Path, PurePosixPath

root = Path(tempfile.mkdtemp(prefix="ftools"))
layout = {
    "src/main.py": "print('hi')\n",
    "src/util/helpers.py": "def f():\n    return 1\n",
    "src/util/__init__.py": "",
    "docs/readme.md": "# Title\n\nText here.\n",
    "docs/guide.txt": "line1\nline2\nline3\n",
    "data/a.csv": "x,y\n1,2\n",
    "data/b.csv": "x,y\n3,4\n5,6\n",
}
for rel, text in layout.items():
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)

for dirpath, dirnames, filenames in sorted(os.walk(root)):
    dirnames.sort()
    rel = os.path.relpath(dirpath, root)
    print(rel, sorted(dirnames), sorted(filenames))

print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
print(sorted(os.path.relpath(p, root) for p in glob.glob(str(root / "**" / "*.csv"), recursive=True)))
print(sorted(p.name for p in (root / "docs").iterdir()))
print(sorted(str(p.relative_to(root)) for p in root.glob("*/*.txt")))

total = 0
for p in sorted(root.rglob("*")):
    if p.is_file():
        size = p.stat().st_size
        total += size
        print(f"{str(p.relative_to(root)):<22}{size:>5} {p.suffix or '-'}")
print("total", total)

g = root / "docs" / "guide.txt"
print(g.stem, g.suffix, g.name, g.parent.name, g.read_text().splitlines())
print(g.with_suffix(".rst").name, g.with_name("other.txt").name)
shutil.copy(g, root / "guide_copy.txt")
shutil.copytree(root / "data", root / "data_backup")
shutil.move(str(root / "guide_copy.txt"), str(root / "data_backup" / "guide.txt"))
print(sorted(os.listdir(root / "data_backup")))
shutil.rmtree(root / "src" / "util")
print(sorted(str(p.relative_to(root)) for p in root.rglob("*")))
(root / "data" / "a.csv").rename(root / "data" / "renamed.csv")
(root / "data" / "b.csv").unlink()
print(sorted(os.listdir(root / "data")))
print((root / "nothing").exists(), (root / "data").is_dir())
try:
    (root / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    os.mkdir(root / "data")
except FileExistsError as e:
    print("FileExistsError", e.strerror)

pp = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(pp.parts, pp.anchor, pp.parents[1], pp.suffixes)
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("x") / "y" / "z.tar.gz")
print(PurePosixPath("archive.tar.gz").suffixes, PurePosixPath("a/b.py").match("*.py"))

with tempfile.TemporaryDirectory() as td:
    with open(os.path.join(td, "f.bin"), "wb") as fh:
        fh.write(bytes(range(10)))
    print(os.path.getsize(os.path.join(td, "f.bin")), os.path.exists(td))
print(os.path.exists(td))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as tf:
    tf.write("temp data")
    tf.seek(0)
    print(tf.read(), tf.name.endswith(".txt"))
shutil.rmtree(root)
print(root.exists())
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q/r"))
print(os.path.normpath("a//b/./c/../d"), os.path.dirname("/p/q/r"), os.path.split("/p/q"))
