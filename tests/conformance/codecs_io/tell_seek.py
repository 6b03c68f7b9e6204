# TextIOWrapper tell()/seek() cookies for text files in any codec.
import io, os, tempfile
p = os.path.join(tempfile.mkdtemp(), 't.txt')
for enc in ['cp1252', 'utf-16', 'utf-8-sig', 'koi8-r', 'utf-16-be']:
    with open(p, 'w', encoding=enc) as f:
        f.write('first line\nsecond ligne %s\r\nthird\n' % ('ж' if enc == 'koi8-r' else 'é'))
    with open(p, encoding=enc) as f:
        print(enc, repr(f.readline()))
        pos = f.tell()
        rest = f.read()
        print(f.tell() == os.path.getsize(p), repr(rest))
        f.seek(pos)
        print(repr(f.readline()), f.read() == rest.split('\n', 1)[1])
        f.seek(0)
        print(repr(f.read(5)))
        p2 = f.tell()
        print(repr(f.read(3)))
        f.seek(p2)
        print(repr(f.read(3)))
        print(f.seek(0, 2) == os.path.getsize(p))
    if enc in ('cp1252', 'koi8-r'):
        with open(p, encoding=enc) as f:
            f.readline()
            print(f.tell())
t = io.TextIOWrapper(io.BytesIO('ab\ncd\n'.encode('utf-16-le')), encoding='utf-16-le')
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell())
t.seek(6)
print(repr(t.read()))
os.remove(p)

p = os.path.join(tempfile.mkdtemp(), 'u.txt')
with open(p, 'w', encoding='utf-16') as f:
    f.write('a\nb\nc\n')
with open(p, encoding='utf-16') as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print('OSError', e)
        break
    print(repr(f.read()))
with open(p, encoding='utf-16') as f:
    print(list(f), f.tell() == os.path.getsize(p))
os.remove(p)
