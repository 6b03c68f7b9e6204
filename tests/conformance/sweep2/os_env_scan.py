# os: environ, scandir, stat, chmod, path expansion, file descriptors, cwd handling
import os, stat, tempfile, shutil, time

base = tempfile.mkdtemp(prefix="osscan")
old = os.getcwd()
os.chdir(base)
try:
    os.makedirs("a/b/c")
    os.makedirs("a/b/c", exist_ok=True)
    for name, size in [("a/one.txt", 10), ("a/b/two.log", 200), ("a/b/c/three.dat", 3000), ("top.txt", 0)]:
        with open(name, "wb") as fh:
            fh.write(b"x" * size)
    os.symlink("top.txt", "link.txt")
    entries = sorted(os.scandir("."), key=lambda e: e.name)
    for e in entries:
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False))
    def du(path):
        total = 0
        with os.scandir(path) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    total += du(e.path)
                elif e.is_file(follow_symlinks=False):
                    total += e.stat().st_size
        return total
    print("du:", du("."), du("a/b"))
    st = os.stat("a/one.txt")
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("a").st_mode), oct(stat.S_IMODE(st.st_mode) & 0o600))
    os.chmod("a/one.txt", 0o640)
    print(oct(stat.S_IMODE(os.stat("a/one.txt").st_mode)), stat.filemode(os.stat("a/one.txt").st_mode))
    print(os.path.islink("link.txt"), os.readlink("link.txt"), os.path.realpath("link.txt") == os.path.realpath("top.txt"))
    print(os.lstat("link.txt").st_size == len("top.txt"), os.path.getsize("a/b/two.log"))
    os.utime("top.txt", (1_000_000_000, 1_000_000_000))
    print(os.path.getmtime("top.txt"), time.gmtime(os.path.getmtime("top.txt")).tm_year)
    fd = os.open("fd.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello fd"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open("fd.bin", os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print("OSError:", e.errno, e.strerror)
    os.rename("fd.bin", "moved.bin")
    os.replace("moved.bin", "a/moved.bin")
    print(sorted(os.listdir("a")), os.path.exists("moved.bin"))
    try:
        os.rmdir("a")
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.remove("a")
    except (IsADirectoryError, PermissionError) as e:
        print(type(e).__name__, e.strerror)
    os.removedirs("a/b/c") if False else shutil.rmtree("a/b/c")
    print(sorted(os.listdir("a/b")))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.getcwd() == old, os.path.exists(base))

os.environ["SWEEP2_VAR"] = "value 1"
print(os.environ["SWEEP2_VAR"], os.getenv("SWEEP2_VAR"), os.getenv("NOPE_NOT_SET", "dflt"), "SWEEP2_VAR" in os.environ)
print(os.path.expandvars("$SWEEP2_VAR/${SWEEP2_VAR}/$NOPE_NOT_SET"))
del os.environ["SWEEP2_VAR"]
print(os.environ.get("SWEEP2_VAR"), os.environ.setdefault("SWEEP2_B", "set"), os.environ.pop("SWEEP2_B"))
try:
    os.environ["NOPE_NOT_SET"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")), os.sep, os.pathsep, os.linesep == "\n", os.name, os.curdir, os.pardir)
print(os.path.isabs("/x"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interview", "internet"]), os.path.relpath("/a/b/c", "/a/d"))
print(type(os.getpid()), os.cpu_count() > 0, os.getuid() >= 0, len(os.urandom(8)), os.strerror(2), os.fspath(__import__("pathlib").Path("p")))
