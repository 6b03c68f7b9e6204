# hashlib: digests of every algorithm over inputs around the block boundaries,
# incremental updates, copy(), attributes, blake2 parameters, shake lengths.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
         'sha3_512', 'blake2b', 'blake2s']
inputs = [b'', b'a', b'abc', b'The quick brown fox jumps over the lazy dog']
inputs += [bytes(range(256)) * 3, b'x' * 55, b'x' * 56, b'x' * 63, b'x' * 64, b'x' * 65, b'y' * 111, b'y' * 112,
           b'y' * 127, b'y' * 128, b'y' * 129, b'z' * 135, b'z' * 136, b'z' * 137, b'q' * 1000]
for name in names:
    print(name, hashlib.new(name).name, hashlib.new(name).digest_size, hashlib.new(name).block_size)
    for data in inputs:
        h = hashlib.new(name, data)
        print(' ', len(data), h.hexdigest())
        # incremental in odd-sized pieces must match
        g = getattr(hashlib, name)()
        for i in range(0, len(data), 7):
            g.update(data[i:i + 7])
        assert g.digest() == h.digest(), (name, len(data))
        c = g.copy()
        c.update(b'more')
        assert g.digest() == h.digest()
        assert c.digest() == hashlib.new(name, data + b'more').digest()

for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(10), h.digest(5))
    print(hashlib.new(name, b'x' * 500).hexdigest(300))

print(hashlib.md5(b'abc').digest())
print(hashlib.sha256(string=b'abc').hexdigest())
print(hashlib.new('SHA256', b'abc').hexdigest())
print(hashlib.md5(bytearray(b'abc')).hexdigest(), hashlib.md5(memoryview(b'abc')).hexdigest())
print(hashlib.blake2b(b'abc', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=10, key=b'key' * 10, salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2b(b'abc', key=b'k' * 64).hexdigest())
print(hashlib.blake2b(b'x' * 128, key=b'k').hexdigest())
print(hashlib.blake2b(b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32,
                      last_node=True).hexdigest())
print(hashlib.blake2s(b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16,
                      last_node=True).hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2b.SALT_SIZE,
      hashlib.blake2s.PERSON_SIZE)
print(hashlib.blake2b(digest_size=20).digest_size, hashlib.blake2b(digest_size=20).name)
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=5).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, 100).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'NaCl'), 10).hex())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: hashlib.blake2b(digest_size=0))
t(lambda: hashlib.blake2b(digest_size=65))
t(lambda: hashlib.blake2s(digest_size=33))
t(lambda: hashlib.blake2b(key=b'x' * 65))
t(lambda: hashlib.blake2b(salt=b'x' * 17))
t(lambda: hashlib.blake2b(person=b'x' * 17))
t(lambda: hashlib.blake2s(salt=b'x' * 9))
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.md5('abc'))
t(lambda: hashlib.md5().update('abc'))
t(lambda: hashlib.md5().update(5))
t(lambda: hashlib.md5(5))
t(lambda: hashlib.shake_128(b'x').hexdigest())
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
t(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1))
t(lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 1, dklen=0))
