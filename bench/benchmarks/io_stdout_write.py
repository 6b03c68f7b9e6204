# io_stdout_write — sys.stdout.write() of WRITES small strings while fd 1 is
# a file (dup2, like `python x.py > file`), and f.write() of many small
# strings to a text file. Prints one checksum line (file sizes).
import os
import sys
import tempfile

WRITES = 1_000_000


def main():
    fd, path = tempfile.mkstemp(prefix="minipy_bench_")
    os.close(fd)
    words = ["alpha", " ", "beta", ",", "gamma\n", "delta", "\n"]
    try:
        sys.stdout.flush()
        saved = os.dup(1)
        out = os.open(path, os.O_WRONLY | os.O_TRUNC)
        os.dup2(out, 1)
        os.close(out)
        try:
            w = sys.stdout.write
            for i in range(WRITES // 2):
                w(words[i % 7])
            sys.stdout.flush()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        size1 = os.path.getsize(path)
        with open(path, "w") as f:
            for i in range(WRITES // 2):
                f.write(words[i % 7])
        size2 = os.path.getsize(path)
    finally:
        os.unlink(path)
    print("io_stdout_write", size1, size2)


main()
