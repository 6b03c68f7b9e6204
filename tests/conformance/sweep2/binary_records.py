# a small binary file format: header + struct records + zlib-compressed payload + crc
import io, struct, zlib, binascii, os, tempfile

MAGIC = b"RECS"
HEADER = struct.Struct(">4sHHI")
ENTRY = struct.Struct(">HhfQ")

records = [(1, -5, 3.25, 2**40), (2, 300, -0.5, 7), (65535, -32768, 1e10, 0)]

def write_file(fh, recs, note):
    body = b"".join(ENTRY.pack(*r) for r in recs)
    comp = zlib.compress(note.encode("utf-8"), 9)
    fh.write(HEADER.pack(MAGIC, 1, len(recs), len(comp)))
    fh.write(body)
    fh.write(comp)
    fh.write(struct.pack(">I", binascii.crc32(body + comp)))

def read_file(fh):
    magic, version, count, clen = HEADER.unpack(fh.read(HEADER.size))
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    body = fh.read(ENTRY.size * count)
    comp = fh.read(clen)
    (crc,) = struct.unpack(">I", fh.read(4))
    if crc != binascii.crc32(body + comp):
        raise ValueError("checksum mismatch")
    recs = [ENTRY.unpack_from(body, i * ENTRY.size) for i in range(count)]
    return version, recs, zlib.decompress(comp).decode("utf-8")

buf = io.BytesIO()
write_file(buf, records, "notes: ünïcode ✓ " * 3)
raw = buf.getvalue()
print(len(raw), raw[:12].hex(), raw[-4:].hex())
buf.seek(0)
version, recs, note = read_file(buf)
print(version, recs)
print(note)
print([r[2] for r in recs], ENTRY.size, HEADER.size)

corrupt = bytearray(raw)
corrupt[HEADER.size + 1] ^= 0xFF
try:
    read_file(io.BytesIO(bytes(corrupt)))
except ValueError as e:
    print("ValueError:", e)
try:
    read_file(io.BytesIO(b"XXXX" + raw[4:]))
except ValueError as e:
    print("ValueError:", e)
try:
    read_file(io.BytesIO(raw[:5]))
except struct.error as e:
    print("struct.error:", e)

path = os.path.join(tempfile.mkdtemp(), "data.recs")
with open(path, "wb") as fh:
    write_file(fh, records[:2], "on disk")
with open(path, "rb") as fh:
    print(read_file(fh)[1:])
    print(fh.tell(), os.path.getsize(path), fh.read())
with open(path, "r+b") as fh:
    fh.seek(4)
    fh.write(struct.pack(">H", 9))
    fh.seek(0)
    print(read_file(fh)[0])
os.remove(path)

data = bytes(range(256)) * 40
c = zlib.compress(data)
print(len(data), len(c) < len(data), zlib.decompress(c) == data, zlib.crc32(data), hex(zlib.adler32(data)))
co = zlib.compressobj(level=6, wbits=-15)
stream = co.compress(b"hello " * 100) + co.flush()
do = zlib.decompressobj(wbits=-15)
print(len(stream), do.decompress(stream)[:12], do.eof)
try:
    zlib.decompress(b"not zlib data")
except zlib.error as e:
    print("zlib.error:", e)
mv = memoryview(raw)
print(mv[:4].tobytes(), mv.nbytes, bytes(mv[4:6]), mv[4:8].cast("B").tolist())
ba = bytearray(b"header:")
ba += struct.pack("<3H", 1, 2, 3)
ba[0:1] = b"H"
print(ba, ba.find(b":"), ba.hex(":", 2), bytes(ba).split(b":", 1)[1])
