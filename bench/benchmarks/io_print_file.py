# io_print_file — print() of LINES short lines to a text file opened with
# open(path, "w"), then the same through sys.stdout while it is a file
# (fd 1 redirected with dup2, as `python x.py > file` does). Prints one
# checksum line (file sizes).
import os
import sys
import tempfile

LINES = 1_000_000


def main():
    fd, path = tempfile.mkstemp(prefix="minipy_bench_")
    os.close(fd)
    try:
        with open(path, "w") as f:
            for i in range(LINES // 2):
                print("line", i, file=f)
        size1 = os.path.getsize(path)
        sys.stdout.flush()
        saved = os.dup(1)
        out = os.open(path, os.O_WRONLY | os.O_TRUNC)
        os.dup2(out, 1)
        os.close(out)
        try:
            for i in range(LINES // 2):
                print("row", i)
            sys.stdout.flush()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        size2 = os.path.getsize(path)
    finally:
        os.unlink(path)
    print("io_print_file", size1, size2)


main()
