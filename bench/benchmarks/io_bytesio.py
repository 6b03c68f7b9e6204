# io_bytesio — in-memory binary streams: CHUNKS small writes into a BytesIO,
# getvalue(), then readline() and iteration over it, fixed-size read()s and
# seek/tell. Prints one checksum line.
import io

CHUNKS = 300_000


def main():
    buf = io.BytesIO()
    parts = [b"abc", b"defgh,", b"1234567890", b"\n"]
    for i in range(CHUNKS):
        buf.write(parts[i & 3])
    data = buf.getvalue()
    src = io.BytesIO(data)
    n = 0
    width = 0
    for line in src:
        n += 1
        width += len(line)
    src.seek(0)
    while True:
        line = src.readline()
        if not line:
            break
        width += line[0]
    src.seek(0)
    reads = 0
    while True:
        b = src.read(100)
        if not b:
            break
        reads += 1
        if reads % 1000 == 0:
            src.seek(src.tell())
    print("io_bytesio", len(data), n, width, reads)


main()
