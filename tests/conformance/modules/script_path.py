# A script named by a relative path runs under its absolute path (__file__,
# traceback lines) while sys.argv[0] keeps the command line's spelling;
# sys.path[0] is the script's directory with symlinks resolved.
import os, subprocess, sys, tempfile

with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    os.mkdir(os.path.join(d, "sub"))
    with open(os.path.join(d, "sub", "s.py"), "w") as f:
        f.write("import sys\n"
                "print(__file__, sys.argv[0], sys.path[0])\n"
                "1/0\n")
    os.symlink(os.path.join(d, "sub", "s.py"), os.path.join(d, "link.py"))
    for rel in ["sub/s.py", "./sub/s.py", "link.py"]:
        p = subprocess.run([sys.executable, rel], cwd=d, capture_output=True, text=True)
        print(rel, p.returncode, p.stdout.strip().replace(d, '<d>'))
        print([l.replace(d, '<d>') for l in p.stderr.splitlines() if l.startswith('  File')])
    p = subprocess.run([sys.executable, "missing.py"], cwd=d, capture_output=True, text=True)
    print(p.returncode, p.stderr.replace(d, '<d>').replace(sys.executable, '<exe>').split(':', 1)[1])
