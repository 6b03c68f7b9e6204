import io, textwrap
s = io.StringIO(); s.write('hello\n'); print('world', file=s); print(repr(s.getvalue()))
s.seek(0); print(repr(s.readline()), repr(s.read()), s.tell())
for line in io.StringIO('a\nb\nc'): print(repr(line))
b = io.BytesIO(b'abc'); b.seek(0, 2); b.write(b'def'); print(b.getvalue(), b.tell()); b.seek(1); print(b.read(2), b.readline())
print(issubclass(io.UnsupportedOperation, OSError), io.UnsupportedOperation.__name__, io.TextIOWrapper.__name__)
with io.StringIO('x') as f: print(f.read())
try: f.read()
except ValueError as e: print(e)
