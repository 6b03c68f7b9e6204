# The command line as CPython 3.11 reads it: option grammar, errors, exit
# statuses, sys.argv / sys.orig_argv, -c / -m / - / --, -x, -E, -i, -V.
import os
from _run import run

# Errors: message, usage line, status 2.
for args in (["-z"], ["--foo"], ["-c"], ["-W"], ["-X"], ["-m"], ["-J"], ["-Q", "-c", "pass"],
             ["--check-hash-based-pycs", "bad"], ["-V", "-z"], ["-z", "-V"], ["--he"]):
    run(args)
# Options that are fine.
run(["--check-hash-based-pycs", "always", "-c", "print('ok')"])
run(["-V"])
run(["--version"])
run(["-R", "-t" if False else "-R", "-c", "print('R ok')"])
# -c ends the options; combined flags; an argument glued to its option.
run(["-c", "import sys; print(sys.argv, sys.orig_argv[1:])", "-z", "--", "x"])
run(["-cimport sys; print(sys.argv)", "a"])
run(["-uBc", "import sys; print(sys.argv, sys.flags.dont_write_bytecode)", "a"])
run(["-Wd", "-Werror::UserWarning", "-c", "import sys; print(sys.warnoptions)"])
run(["-X", "a=b=c", "-Xfoo", "-X", "dev", "-c", "import sys; print(sorted(sys._xoptions.items()))"])
# A script named after "--"; stdin programs.
run(["--", "-c", "pass"])
run(["-", "a", "b"], stdin="import sys; print(sys.argv)\n")
run(["--", "-", "a"], stdin="import sys; print(sys.argv)\n")
run([], stdin="print('from stdin', __name__)\n")
# A missing script.
run(["/tmp/minipy_conf_cli_missing.py"])
# -x: the first line is skipped, line numbers stay.
path = "/tmp/minipy_conf_cli_x.py"
with open(path, "w") as f:
    f.write("#!not python at all ( \nimport sys\nprint('x ran', sys.argv[1:])\nraise ValueError('line 4')\n")
run(["-x", path, "q"])
os.remove(path)
# -m with arguments.
d = "/tmp/minipy_conf_cli_mod"
os.makedirs(d, exist_ok=True)
with open(d + "/climod.py", "w") as f:
    f.write("import sys\nprint('climod', __name__, sys.argv[1:])\n")
run(["-m", "climod", "a", "-z"], cwd=d)
run(["-mclimod", "b"], cwd=d)
# -E ignores PYTHONPATH, which otherwise reaches sys.path.
run(["-c", "import climod"], env={"PYTHONPATH": d})
run(["-E", "-c", "import climod"], env={"PYTHONPATH": d})
run(["-I", "-c", "import climod"], env={"PYTHONPATH": d})
os.remove(d + "/climod.py")
os.rmdir(d)
# -i: the REPL reads the rest of stdin after the program.
run(["-i", "-c", "x = 5"], stdin="print(x * 2)\n")
run(["-q", "-i", "-c", "x = 5"], stdin="x * 3\n")
# Bad -X / environment values are fatal errors.
run(["-X", "int_max_str_digits=5", "-c", "pass"])
run(["-X", "utf8=2", "-c", "pass"])
run(["-c", "pass"], env={"PYTHONINTMAXSTRDIGITS": "abc"})
run(["-c", "pass"], env={"PYTHONHASHSEED": "nope"})
run(["-c", "pass"], env={"PYTHONUTF8": "7"})
# -h prints a usage line first and exits 0 (the option text is our own).
r = run(["-h"], show=False)
print("-h:", r.returncode, r.stdout.splitlines()[0].replace(__import__("sys").executable, "PROG"))
