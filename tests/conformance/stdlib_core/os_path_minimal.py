# Minimal os.path usage
import os.path
print(os.path.join("/tmp", "dir", "file.txt"), os.path.join("a", "/abs", "b"), os.path.join("x", ""))
print(os.path.split("/a/b/c.txt"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/"), os.path.normpath("/a/./b/../c//d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.exists("/definitely/missing/path"), os.path.isdir("/"))
print(os.path.sep, os.path.abspath("/a/b/../c"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
