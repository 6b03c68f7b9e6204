# hmac and secrets on top of hashlib.
import hashlib
import hmac
import secrets

for digestmod in ['md5', 'sha1', 'sha256', 'sha512', hashlib.sha256, 'sha3_256', 'blake2b']:
    for key in [b'', b'key', b'k' * 64, b'k' * 65, b'k' * 200, bytearray(b'ba')]:
        h = hmac.new(key, b'The quick brown fox', digestmod)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
        assert h.digest() == hmac.digest(key, b'The quick brown fox', digestmod)

h = hmac.new(b'secret', digestmod='sha256')
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest())
print(c.hexdigest())
print(hmac.new(b'secret', b'part one part two', 'sha256').hexdigest() == h.hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'ab'),
      hmac.compare_digest(b'a', b'ab'), hmac.compare_digest(bytearray(b'x'), b'x'))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: hmac.new(b'k', b'm'))
t(lambda: hmac.new('k', b'm', 'sha256'))
t(lambda: hmac.compare_digest('ab', b'ab'))
t(lambda: hmac.compare_digest('\u00e9', '\u00e9'))
t(lambda: hmac.compare_digest(1, 2))
t(lambda: hmac.compare_digest(1, b'a'))
t(lambda: hmac.compare_digest('a', 1))
t(lambda: hmac.compare_digest(b'ab', 'ab'))
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), len(secrets.token_hex()))
tok = secrets.token_urlsafe(16)
print(len(tok), all(c.isalnum() or c in '-_' for c in tok))
print(0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest(b'a', b'a'), secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), object))
t(lambda: secrets.randbelow(0))
