# Helper for the cli/ tests (not a test itself): run this interpreter
# (sys.executable) as a subprocess and print what it did, with the
# executable's name and object addresses normalised so CPython and minipy
# give the same text.
import os, re, subprocess, sys

EXE = sys.executable


def norm(text):
    text = text.replace(EXE, "PROG")
    for d in {os.getcwd(), os.path.realpath(os.getcwd())}:
        text = text.replace(d + "/", "CWD/")
    text = re.sub(r"0x[0-9a-f]+", "0xADDR", text)
    return text


def run(args, stdin=None, env=None, show=True, cwd=None):
    e = dict(os.environ)
    for k in list(e):
        if k.startswith(("PYTHON", "MINIPY")) and k not in ("PYTHONHASHSEED", "PYTHONIOENCODING",
                                                          "PYTHONDONTWRITEBYTECODE"):
            del e[k]
    if env:
        for k, v in env.items():
            if v is None:
                e.pop(k, None)
            else:
                e[k] = v
    r = subprocess.run([EXE] + list(args), input=stdin, capture_output=True, text=True, env=e, cwd=cwd)
    if show:
        print("$", " ".join(repr(a) if (" " in a or not a) else a for a in args), "->", r.returncode)
        for name, text in (("out", r.stdout), ("err", r.stderr)):
            for line in norm(text).splitlines():
                print("  %s| %s" % (name, line))
    return r


# Prints sys.flags without utf8_mode (CPython derives it from the locale,
# minipy is always in UTF-8 mode).
FLAGS = ("import sys; f = sys.flags; "
         "print(', '.join('%s=%r' % (n, getattr(f, n)) for n in "
         "('debug inspect interactive optimize dont_write_bytecode no_user_site no_site '"
         "'ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode '"
         "'warn_default_encoding safe_path int_max_str_digits').split()))")
