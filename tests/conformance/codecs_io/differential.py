# Differential check: random bytes/strings through the native codecs and error handlers.
import random
r = random.Random(7)
encs = ['utf-8', 'utf-16', 'utf-16-be', 'utf-32-le', 'cp1252', 'koi8-r', 'cp437', 'ascii', 'latin-1', 'iso8859-7']
hs = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']
out = []
for i in range(300):
    b = bytes(r.randrange(256) if r.random() < 0.7 else r.choice([0, 0xd8, 0xdc, 0xed, 0xa0, 0x80, 0xff, 0xfe]) for _ in range(r.randrange(12)))
    e = r.choice(encs); h = r.choice(hs)
    try:
        out.append(ascii(b.decode(e, h)))
    except UnicodeDecodeError as x:
        out.append('UDE %s %d %d %s' % (x.encoding, x.start, x.end, x.reason))
    s = ''.join(chr(r.choice([r.randrange(128), r.randrange(256), r.randrange(0x3000), r.randrange(0xd800, 0xe000), r.randrange(0x10000, 0x10400)])) for _ in range(r.randrange(8)))
    h = r.choice(hs + ['xmlcharrefreplace', 'namereplace'])
    try:
        out.append(repr(s.encode(e, h)))
    except UnicodeEncodeError as x:
        out.append('UEE %s %d %d %s' % (x.encoding, x.start, x.end, x.reason))
for line in out:
    print(line)
