# Files are closed when their object is released
import os
path = "/tmp/minipy_conf_files_closed.txt"
def write_without_close(text):
    f = open(path, "w")
    f.write(text)
write_without_close("flushed on release")
with open(path) as f:
    print(repr(f.read()))
open(path, "w").write("one-liner")
print(open(path).read() if False else "skip")
with open(path) as f:
    print(repr(f.read()))
class Owner:
    def __init__(self):
        self.f = open(path, "a")
    def __del__(self):
        print("Owner.__del__, file closed:", self.f.closed)
o = Owner()
o.f.write(" + appended")
fref = o.f
del o
print("fref closed:", fref.closed)
fref.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
