import base64
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo wörld".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVsbG8gd29ybGQ"+b"="), base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode("aGVs\nbG8="), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.b16decode("ff00", casefold=True))
for bad in ["abc", "a", "ab=c"]:
    try:
        print(base64.b64decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b64decode("ab$=", validate=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
