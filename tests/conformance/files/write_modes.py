# File modes: x, w+, r+, a+, truncation, newline handling
import os
path = "/tmp/minipy_conf_write_modes.txt"
if os.path.exists(path):
    os.remove(path)
with open(path, "x") as f:
    f.write("created")
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
with open(path, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read())
with open(path, "r+") as f:
    f.write("HELLO")
    f.seek(0)
    print(f.read())
with open(path, "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
with open(path, "w") as f:
    f.write("a\r\nb\rc\n")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    pass
print(os.path.getsize(path))
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
