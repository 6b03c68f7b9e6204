# uuid: construction from every form, field properties, version/variant,
# uuid3/uuid5 (deterministic), uuid1/uuid4 shape, comparisons and errors.
import pickle
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq, u.is_safe)
for kw in [dict(hex='12345678123456781234567812345678'), dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678'),
           dict(bytes=b'\x12\x34\x56\x78' * 4), dict(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
           dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), dict(int=0x12345678123456781234567812345678)]:
    print(uuid.UUID(**kw) == u, uuid.UUID(**kw))
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
for i in [0, 1 << 127, (1 << 127) | (1 << 126), (1 << 128) - 1]:
    w = uuid.UUID(int=i)
    print(w, w.variant, w.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com'), uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'),
      uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.time < t2.time, t1.node == t2.node)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)
node = uuid.getnode()
print(0 < node < 1 << 48, node == uuid.getnode())
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a == 1, hash(a) == hash(1), int(b), sorted([b, a]))
print({a: 1}[uuid.UUID(int=1)], pickle.loads(pickle.dumps(u)) == u)
try:
    u.int = 5
except TypeError as e:
    print('TypeError:', e)
for kw in [{}, dict(hex='1234'), dict(hex='g' * 32), dict(bytes=b'x'), dict(bytes_le=b'y' * 15),
           dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)),
           dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128), dict(int=0, version=6),
           dict(hex='1' * 32, int=1)]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print('TypeError:', e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_FUTURE)
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
