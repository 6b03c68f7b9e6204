# Writing and reading non-ASCII text with explicit encodings
import os
path = "/tmp/minipy_conf_unicode_files.txt"
text = "naïve café — 日本語 😀\nline two\n"
with open(path, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(path, "rb") as f:
    raw = f.read()
print(len(text), len(raw), raw[:12])
with open(path, encoding="utf-8") as f:
    print(f.read() == text)
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
os.remove(path)
