# Text file write/read in /tmp with a fixed name
import os
path = "/tmp/minipy_conf_text_write_read.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n, f.closed)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(path, "a") as f:
    f.write("\nappended")
with open(path, "r") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
with open(path, encoding="utf-8") as f:
    print(f.read(5), f.read(6), repr(f.read(0)))
os.remove(path)
print(os.path.exists(path))
