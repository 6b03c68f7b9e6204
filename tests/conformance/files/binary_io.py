# Binary write/read, seek/tell
import os
path = "/tmp/minipy_conf_binary_io.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.tell())
with open(path, "rb") as f:
    print(f.read(4), f.tell())
    f.seek(250)
    print(f.read(), f.tell())
    f.seek(-3, 2)
    print(f.read(2), f.tell())
    f.seek(10)
    f.seek(5, 1)
    print(f.tell(), f.read(1))
    print(f.read(0), len(f.read()), f.read())
with open(path, "r+b") as f:
    f.seek(0)
    f.write(b"\xff\xfe")
with open(path, "rb") as f:
    head = f.read(3)
print(head, type(head).__name__, os.path.getsize(path))
with open(path, "ab") as f:
    f.write(b"END")
with open(path, "rb") as f:
    whole = f.read()
print(len(whole), whole[-5:])
os.remove(path)
