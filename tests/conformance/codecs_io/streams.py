# codecs.open, StreamReader/StreamWriter, text files in any codec.
import codecs
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')

for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32', 'cp1252', 'koi8-r', 'latin-1', 'iso8859-15']:
    text = 'line one\nline two €\n' if enc not in ('koi8-r', 'latin-1') else 'line one\nline two\n'
    if enc == 'koi8-r':
        text += 'привет\n'
    with open(p, 'w', encoding=enc) as f:
        print(enc, f.encoding, f.mode, f.write(text))
    with open(p, 'rb') as f:
        raw = f.read()
    print(raw[:6], len(raw))
    with open(p, encoding=enc) as f:
        print(f.readline(), f.read() == text.split('\n', 1)[1])
    with open(p, encoding=enc) as f:
        print(list(f))
    with codecs.open(p, 'r', encoding=enc) as f:
        print(f.read() == text)

with codecs.open(p, 'w', encoding='utf-16') as f:
    f.write('abc')
    f.write('déf')
with open(p, 'rb') as f:
    print(f.read())
with codecs.open(p, encoding='utf-16') as f:
    print(f.read())

b = io.BytesIO()
w = codecs.getwriter('cp1251')(b)
w.write('Ёлка')
print(b.getvalue())
r = codecs.getreader('cp1251')(io.BytesIO(b.getvalue()))
print(r.read())

with open(p, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('a\xe9\u20ac\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'wb') as f:
    f.write(b'ok\xff\xfe\n')
with open(p, encoding='utf-8', errors='surrogateescape') as f:
    t = f.read()
    print(ascii(t), t.encode('utf-8', 'surrogateescape'))

try:
    open(p, encoding='nope')
except LookupError as e:
    print('LookupError', e)

t = io.TextIOWrapper(io.BytesIO('héllo\r\nwörld\n'.encode('utf-16')), encoding='utf-16')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(), encoding='cp1252', newline='\r\n')
t.write('é\n')
t.flush()
print(t.buffer.getvalue())
os.remove(p)
os.rmdir(d)
