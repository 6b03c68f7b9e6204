# zipfile: writing (stored, deflated, mkdir, open('w')), reading, ZipInfo, extract/extractall,
# append mode, comments, zipfile.Path and the error messages.
import zipfile, io, os, tempfile
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020,1,2,3,4,6)), "hello")
    zi = zipfile.ZipInfo("d/b.txt", (2020,1,2,3,4,6)); zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, "hello world"*10)
    z.mkdir("emptydir")
    zi = zipfile.ZipInfo("ü.txt", (2021,5,6,7,8,10))
    z.writestr(zi, b"x", compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    with z.open(zipfile.ZipInfo("w.bin", (2022,1,1,0,0,0)), "w") as w:
        w.write(b"written"); w.write(b" more")
print(b.getvalue())
z = zipfile.ZipFile(b)
print(z.infolist())
print(z.namelist())
z.printdir()
try: z.getinfo("nope")
except KeyError as e: print(e)
print(z.open("a.txt"))
print(z.read("d/b.txt")[:20], z.read("ü.txt"), z.read("w.bin"))
with z.open("d/b.txt") as f:
    print(f.read(5), f.tell(), f.readline()[:10]); f.seek(2); print(f.read(3)); f.seek(0, 2); print(f.tell())
print(z.testzip())
print(zipfile.is_zipfile(b), zipfile.is_zipfile(io.BytesIO(b"nope")))
try: zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e: print("BadZipFile", e)
try: zipfile.ZipFile(b, "q")
except ValueError as e: print(e)
try: z.writestr("x", "y")
except ValueError as e: print(e)
z.close(); print(z)
try: z.read("a.txt")
except ValueError as e: print(e)
with tempfile.TemporaryDirectory() as td:
    os.chdir(td)
    os.makedirs("src/sub")
    with open("src/f1.txt", "w") as f: f.write("one\n")
    with open("src/sub/f2.txt", "w") as f: f.write("two\n" * 100)
    with zipfile.ZipFile("out.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write("src/f1.txt")
        z.write("src/sub/f2.txt", "renamed/f2.txt")
        z.write("src/sub", "subdir")
        z.writestr("../evil.txt", "bad")
        z.writestr("/abs.txt", "abs")
    with zipfile.ZipFile("out.zip") as z:
        print([(i.filename, i.file_size, i.compress_type, i.is_dir()) for i in z.infolist()])
        z.extractall("dest")
        print(z.extract("src/f1.txt", "dest2"))
    for root, dirs, files in sorted(os.walk("dest")):
        print(root, sorted(dirs), sorted(files))
    with zipfile.ZipFile("out.zip", "a") as z:
        z.writestr(zipfile.ZipInfo("appended.txt", (2020,1,1,0,0,0)), "app")
    with zipfile.ZipFile("out.zip") as z:
        print(z.namelist(), z.read("appended.txt"))
        p = zipfile.Path(z)
        print(sorted(x.name for x in p.iterdir()), (p / "renamed" / "f2.txt").read_text()[:8])
    z = zipfile.ZipFile("c.zip", "w"); z.comment = b"a comment"; z.close()
    print(zipfile.ZipFile("c.zip").comment, zipfile.ZipFile("c.zip").namelist())
    os.chdir("/")
