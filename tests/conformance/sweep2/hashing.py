# base64, binascii, hashlib, hmac, uuid
import base64, binascii, hashlib, hmac, uuid, zlib

msg = b"The quick brown fox jumps over the lazy dog"
print(base64.b64encode(msg))
print(base64.b64decode(base64.b64encode(msg)) == msg)
print(base64.urlsafe_b64encode(bytes([251, 255, 190, 0])), base64.b64encode(bytes([251, 255, 190, 0])))
print(base64.b32encode(b"hello"), base64.b16encode(b"\x00\xffab"), base64.b85encode(b"data!"))
print(base64.a85encode(b"Man is"), base64.b32decode(b"NBSWY3DP"))
print(base64.standard_b64decode("aGk="), base64.encodebytes(b"x" * 60))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("ab$c", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("deadbeef"), binascii.crc32(msg), zlib.adler32(msg))
print(binascii.b2a_base64(b"hi"), bytes.fromhex("41 42 43"), b"\xde\xad".hex(), binascii.crc_hqx(b"abc", 0))

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, msg)
    print(f"{name:9} {h.digest_size:3} {h.block_size:4} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.name)
c = h.copy(); c.update(b"!")
print(c.hexdigest() != h.hexdigest())
print(hashlib.blake2b(b"x", digest_size=16, key=b"k").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.md5(b"").hexdigest(), hashlib.shake_128(b"abc").hexdigest(10))
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("sha3")))

key = b"secret-key"
mac = hmac.new(key, msg, hashlib.sha256)
print(mac.hexdigest())
print(hmac.new(key, msg, "md5").hexdigest(), mac.name, mac.digest_size)
print(hmac.compare_digest(mac.hexdigest(), hmac.new(key, msg, "sha256").hexdigest()))
print(hmac.digest(key, b"abc", "sha1").hex())
m2 = hmac.new(b"k", digestmod="sha256"); m2.update(b"part1"); m2.update(b"part2")
print(m2.hexdigest()[:20])

ns = uuid.NAMESPACE_DNS
print(uuid.uuid5(ns, "python.org"), uuid.uuid3(ns, "python.org"))
u = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a")
print(u.version, u.variant, u.hex, u.int % 1000, u.urn)
print(repr(uuid.UUID("12345678-1234-5678-1234-567812345678")), uuid.UUID(int=255), uuid.UUID(bytes=b"\x01" * 16))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}").fields)
print(uuid.uuid4().version, len(str(uuid.uuid4())), uuid.UUID(int=5) < uuid.UUID(int=6))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
