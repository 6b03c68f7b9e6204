# string.Template and struct records
from string import Template
import string
import struct

t = Template("Dear $name, your order #${order_id} of $$${amount} ships $when.")
print(t.substitute(name="Ann", order_id=1042, amount="19.99", when="today"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").substitute({"a": 1}, b=2))
print(t.get_identifiers(), t.is_valid(), Template("$").is_valid())

class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(PercentTemplate("100%% of %who and %{what}s").substitute(who="all", what="thing"))
print(string.capwords("hello   big  world"), string.ascii_lowercase[:5], string.digits, string.punctuation[:10])
fmt = string.Formatter()
print(fmt.format("{0}-{x:>4}", "a", x=7), list(fmt.parse("a{b!r:>3}c{}")))

# struct: binary records
RECORD = struct.Struct("<I10sdH?")
print(RECORD.size, RECORD.format)
people = [(1, "alice", 71.5, 170, True), (2, "bob", 88.25, 182, False), (300, "christopher", 65.0, 160, True)]
blob = b"".join(RECORD.pack(i, n.encode(), w, h, a) for i, n, w, h, a in people)
print(len(blob), blob[:16].hex(" "))
for rec in RECORD.iter_unpack(blob):
    i, name, w, h, a = rec
    print(i, name.rstrip(b"\0").decode(), w, h, a)
print(struct.pack(">hHiIqQ", -2, 65535, -1, 2**32 - 1, -2**63, 2**64 - 1).hex())
print(struct.unpack("<3B2x2h", bytes([1, 2, 3, 0, 0, 255, 255, 1, 0])))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<qc?"), struct.calcsize("3s4x"))
print(struct.pack("!f", 1.5), struct.unpack("!d", struct.pack("!d", 0.1))[0])
print(struct.pack("e", 0.5), struct.unpack("<e", b"\x00\x3c"))
print(struct.pack("5p", b"abc"), struct.unpack("5p", b"\x03abcx"))
buf = bytearray(12)
struct.pack_into("<iI", buf, 2, -5, 7)
print(buf, struct.unpack_from("<iI", buf, 2))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("i", "x"), lambda: struct.unpack("i", b"12"),
            lambda: struct.pack("H", -1), lambda: struct.Struct("z"), lambda: struct.pack("2i", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
print(struct.pack("?", []), struct.pack("c", b"z"), struct.unpack("4c", b"abcd"))
