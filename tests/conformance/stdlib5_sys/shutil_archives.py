# shutil.make_archive / unpack_archive with zip, tar and gztar (root_dir, base_dir, filter).
import os, shutil, tempfile, tarfile, zipfile
print([f for f in shutil.get_archive_formats() if f[0] in ('gztar', 'tar', 'zip')])
print([f for f in shutil.get_unpack_formats() if f[0] in ('gztar', 'tar', 'zip')])
with tempfile.TemporaryDirectory() as td:
    os.chdir(td)
    os.makedirs("tree/a/b")
    with open("tree/top.txt", "w") as f: f.write("top")
    with open("tree/a/mid.txt", "w") as f: f.write("mid")
    with open("tree/a/b/low.txt", "w") as f: f.write("low")
    for fmt in ("zip", "tar", "gztar"):
        name = shutil.make_archive("out/arch_" + fmt, fmt, root_dir="tree")
        print(fmt, os.path.relpath(name, td))
        if fmt == "zip":
            print(sorted(zipfile.ZipFile(name).namelist()))
        else:
            print(sorted(tarfile.open(name).getnames()))
        dest = "unpacked_" + fmt
        shutil.unpack_archive(name, dest)
        for root, dirs, files in sorted(os.walk(dest)):
            print(" ", root, sorted(dirs), sorted(files))
    name = shutil.make_archive("withbase", "zip", root_dir=".", base_dir="tree/a")
    print(os.path.relpath(name, td), sorted(zipfile.ZipFile(name).namelist()))
    name = shutil.make_archive("nocwd", "tar", base_dir="tree")
    print(name, sorted(tarfile.open(name).getnames()))
    shutil.unpack_archive("nocwd.tar", "explicit", format="tar", filter="data")
    print(sorted(os.listdir("explicit/tree")))
    for call in [lambda: shutil.make_archive("x", "rar"), lambda: shutil.unpack_archive("x.rar"),
                 lambda: shutil.unpack_archive("x.zip", format="rar"),
                 lambda: shutil.make_archive("x", "zip", root_dir="tree/top.txt")]:
        try:
            call()
        except Exception as e:
            print(type(e).__name__, str(e).replace(td, "<td>"))
    with open("bad.zip", "w") as f: f.write("nope")
    try: shutil.unpack_archive("bad.zip", "d")
    except shutil.ReadError as e: print("ReadError", e)
    with open("bad.tar", "w") as f: f.write("nope")
    try: shutil.unpack_archive("bad.tar", "d")
    except shutil.ReadError as e: print("ReadError", e)
    os.chdir("/")
