# with-statement closes files, even on exceptions; file objects attributes
import os
path = "/tmp/minipy_conf_with_closing.txt"
with open(path, "w") as f:
    f.write("data")
    print("inside:", f.closed, f.name, f.mode)
print("outside:", f.closed)
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(path) as g:
        raise RuntimeError("boom")
except RuntimeError:
    print("after exception, closed:", g.closed)
h = open(path)
print(h.read(), h.closed)
h.close()
h.close()
print(h.closed)
try:
    h.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/minipy_conf_no_such_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
with open(path, "w") as a, open(path + ".2", "w") as b:
    a.write("A"); b.write("B")
print(open(path).read() + open(path + ".2").read())
os.remove(path); os.remove(path + ".2")
