# Which span a traceback underlines (CPython 3.11): an import statement is
# located at the whole statement (so no carets), a failed comparison in an
# assert is underlined, and a comprehension's condition keeps its span.
import os, tempfile, traceback

tmpdir = tempfile.mkdtemp()
path = os.path.join(tmpdir, "snippet.py")


def show(src):
    with open(path, "w") as f:
        f.write(src + "\n")
    try:
        with open(path) as f:
            exec(compile(f.read(), path, "exec"), {})
    except BaseException:
        lines = traceback.format_exc().replace(path, "snippet.py").splitlines()
        # drop the frame of this helper; keep the snippet's frames and the error
        print("\n".join(lines[3:]))
    print("--")


show("import nosuchmod_a")
show("import os, nosuchmod_b")
show("from nosuchmod_c import x")
show("assert 1 == 2, 'nope'")
show("assert not 1 == 1")
show("x = 5\nassert x < 3 < 4, f'{x}'")
show("def f(a): return a\nassert f(0)")
show("assert [] and 1 == 1, 'm'")
show("[1 for x in [1] if x == 1 / 0]")
show("def g():\n    assert (1 if 0 else 2 == 3), 'z'\ng()")

os.remove(path)
os.rmdir(tmpdir)
