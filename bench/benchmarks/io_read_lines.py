# io_read_lines — `for line in open(path)` over a text file of MEGABYTES MB
# (made with a few large writes), then the same file in binary mode with
# readline(). Prints one checksum line.
import os
import tempfile

MEGABYTES = 100


def main():
    fd, path = tempfile.mkstemp(prefix="minipy_bench_")
    os.close(fd)
    block = "".join("%d,some text on this line,%d\n" % (i, i * i % 977) for i in range(1000))
    reps = MEGABYTES * 1_000_000 // len(block)
    try:
        with open(path, "w") as f:
            for _ in range(reps):
                f.write(block)
        n = 0
        chars = 0
        with open(path) as f:
            for line in f:
                n += 1
                chars += len(line)
        nb = 0
        with open(path, "rb") as f:
            for _ in range(200_000):
                line = f.readline()
                if not line:
                    break
                nb += len(line)
    finally:
        os.unlink(path)
    print("io_read_lines", n, chars, nb)


main()
