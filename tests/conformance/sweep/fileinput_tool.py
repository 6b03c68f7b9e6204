# A grep/sed-like tool over several files with fileinput: numbering, in-place edits, hooks.
import fileinput
import os
import re
import shutil
import tempfile

workdir = tempfile.mkdtemp()
files = []
for name, text in [("notes.txt", "TODO: buy milk\nremember the meeting\ntodo: call bob\n"),
                   ("code.py", "x = 1  # TODO refactor\n\nprint(x)"),
                   ("empty.txt", "")]:
    path = os.path.join(workdir, name)
    with open(path, "w") as f:
        f.write(text)
    files.append(path)

pattern = re.compile(r"todo", re.I)
hits = 0
for line in fileinput.input(files):
    if fileinput.isfirstline():
        print(f"== {os.path.basename(fileinput.filename())}")
    if pattern.search(line):
        hits += 1
        print(f"{fileinput.lineno():>3} {fileinput.filelineno():>3}: {line.rstrip()}")
print("hits:", hits, "last line number:", fileinput.lineno())
fileinput.close()

with fileinput.FileInput(files[:2], inplace=True, backup=".bak") as f:
    for line in f:
        print(pattern.sub("DONE", line), end="")
print(sorted(os.listdir(workdir)))
with open(files[0]) as f:
    print(f.read(), end="")
with fileinput.input(files[1], mode="rb") as f:
    print(list(f))
print(list(fileinput.input(files=[files[0]], openhook=fileinput.hook_encoded("utf-8"))))
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(fileinput.input()))
shutil.rmtree(workdir)
