# io_stringio — in-memory text streams: ROWS csv-like rows written to a
# StringIO one small write() at a time and with print(file=...), the value
# taken with getvalue(), then read back by iteration, readline() and
# read(n). The quadratic StringIO.write of a naive implementation shows here.
# Prints one checksum line.
import io

ROWS = 100_000


def main():
    out = io.StringIO()
    for i in range(ROWS):
        out.write(str(i))
        out.write(",")
        out.write("name%d" % (i % 97))
        out.write(",")
        out.write(str(i * 7 % 1000))
        out.write("\n")
    for i in range(ROWS // 4):
        print(i, "x", i % 13, sep=",", file=out)
    text = out.getvalue()
    total = len(text)
    inp = io.StringIO(text)
    nlines = 0
    width = 0
    for line in inp:
        nlines += 1
        width += len(line)
    inp.seek(0)
    while True:
        line = inp.readline()
        if not line:
            break
        width += line.count(",")
    inp.seek(0)
    chunks = 0
    while inp.read(4096):
        chunks += 1
    print("io_stringio", total, nlines, width, chunks)


main()
