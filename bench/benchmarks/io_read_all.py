# io_read_all — f.read() of a large file (MEGABYTES MB) in text and binary
# mode, and read(CHUNK) loops over it. Prints one checksum line.
import os
import tempfile

MEGABYTES = 100
CHUNK = 65536


def main():
    fd, path = tempfile.mkstemp(prefix="minipy_bench_")
    os.close(fd)
    block = ("0123456789abcdefghij" * 50 + "\n").encode() * 1000
    reps = MEGABYTES * 1_000_000 // len(block)
    try:
        with open(path, "wb") as f:
            for _ in range(reps):
                f.write(block)
        with open(path) as f:
            text = f.read()
        with open(path, "rb") as f:
            data = f.read()
        chunks = 0
        with open(path, "rb") as f:
            while True:
                b = f.read(CHUNK)
                if not b:
                    break
                chunks += 1
        tchunks = 0
        with open(path) as f:
            while f.read(CHUNK):
                tchunks += 1
    finally:
        os.unlink(path)
    print("io_read_all", len(text), len(data), text.count("\n"), chunks, tchunks)


main()
