import base64, binascii, os, random
r = random.Random(5)
for n in list(range(0, 20)) + [100, 257]:
    d = bytes(r.randrange(256) for _ in range(n))
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode), (base64.encodebytes, base64.decodebytes)]:
        e = enc(d)
        assert dec(e) == d, (enc, n)
        print(enc.__name__, n, e[:40])
print(base64.a85encode(b'\0\0\0\0    xy', foldspaces=True), base64.a85encode(b'hello world', adobe=True, wrapcol=5))
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'\0\0', pad=False), base64.a85encode(b'\0\0\0\0\0'))
print(base64.a85decode(b'<~BOu!rD]j7BEbo80~>', adobe=True))
for bad in [b'abc', b'a===', b'ab=c', b'!!!!']:
    for v in (False, True):
        try: print(base64.b64decode(bad, validate=v))
        except binascii.Error as e: print(type(e).__module__, type(e).__name__, e)
for f, arg in [(base64.b32decode, b'AAA'), (base64.b32decode, b'AA======1'), (base64.b16decode, b'ABC'), (base64.b16decode, b'zz'),
               (base64.b85decode, b'{{{{{'), (base64.b85decode, b'ab\x00'), (base64.a85decode, b'uuuuu'), (base64.a85decode, b'az'), (base64.a85decode, b'\x01'),
               (base64.b64encode, 'str'), (base64.b64decode, 'é'), (base64.encodebytes, 'x'), (base64.b32decode, b'MZXW6===')]:
    try: print(f(arg))
    except Exception as e: print(type(e).__name__, e)
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ1', map01=b'L') if False else '', base64.b16decode(b'ab', casefold=True))
print(base64.b64encode(b'\xff\xfe', altchars=b'-_'), base64.b64decode(b'__8=', altchars=b'-_'))
print(base64.binascii is binascii, base64.Error if hasattr(base64, 'Error') else 'no Error attr')
