# `-m NAME` runs a module as __main__: from sys.path[0] (the current
# directory), from a package (__main__.py), and stdlib modules.
import os, subprocess, sys, tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "hello_m.py"), "w") as f:
        f.write("import sys, os\n"
                "print('name', __name__, os.path.basename(sys.argv[0]), sys.argv[1:])\n"
                "print('path0 is cwd', sys.path[0] == os.getcwd())\n"
                "if sys.argv[1:] == ['fail']: raise ValueError('boom')\n")
    os.mkdir(os.path.join(d, "pkg_m"))
    with open(os.path.join(d, "pkg_m", "__init__.py"), "w") as f:
        f.write("print('pkg init', __name__)\n")
    with open(os.path.join(d, "pkg_m", "__main__.py"), "w") as f:
        f.write("print('pkg main', __name__, __package__)\n")

    def run(*args):
        p = subprocess.run([sys.executable, *args], cwd=d, capture_output=True, text=True)
        print(args, 'status', p.returncode)
        print(p.stdout, end='')
        err = p.stderr.replace(d, '<tmp>').replace(sys.executable, '<exe>')
        lines = [l for l in err.splitlines() if 'frozen runpy' not in l]
        if lines:
            print('stderr:', lines[-1])

    run('-m', 'hello_m', 'x', 'y')
    run('-m', 'hello_m', 'fail')
    run('-m', 'pkg_m')
    run('-m', 'no_such_module_m')
    run('-m', 'calendar', '2026', '2')
    p = subprocess.run([sys.executable, '-m', 'json.tool'], input='{"b": [1, 2], "a": null}',
                       capture_output=True, text=True)
    print('json.tool', p.returncode)
    print(p.stdout, end='')
