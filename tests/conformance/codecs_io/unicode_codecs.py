# The Unicode codecs: names, BOMs, incremental coders, handlers.
import codecs

for n in ['UTF8', 'utf_8', 'U8', 'utf', 'utf-8-sig', 'UTF-16', 'utf_16le', 'UTF-16BE', 'utf32',
          'utf-32-le', 'utf_32_be', 'latin1', 'Latin-1', 'L1', 'iso-8859-1', 'ascii', 'US-ASCII', '646']:
    print(n, codecs.lookup(n).name)

s = 'aé€😀'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, codecs.decode(b, enc) == s)

print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
print(b'\xfe\xff\x00a'.decode('utf-16'), b'\xff\xfea\x00'.decode('utf-16'))

# incremental
dec = codecs.getincrementaldecoder('utf-8')()
out = [dec.decode(bytes([b])) for b in 'é€😀'.encode('utf-8')]
print(out, repr(dec.decode(b'', final=True)))
dec = codecs.getincrementaldecoder('utf-8-sig')()
print([dec.decode(bytes([b])) for b in b'\xef\xbb\xbfhi'])
enc = codecs.getincrementalencoder('utf-8-sig')()
print(enc.encode('a'), enc.encode('b'), enc.encode('', True))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
dec = codecs.getincrementaldecoder('utf-16')()
print([dec.decode(bytes([b])) for b in 'ab'.encode('utf-16')])
print(list(codecs.iterencode(['a', 'é', ''], 'utf-16-le')))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
print(list(codecs.iterdecode([b'\xa4', b'\xe9'], 'iso8859-15')))

# error handlers
for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
          'surrogateescape', 'surrogatepass']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le']:
        for t in ['a\xe9\u20ac', 'x\udc80y', '\ud800']:
            try:
                r = t.encode(enc, h)
            except UnicodeEncodeError as e:
                r = 'UEE %s [%d:%d] %s' % (e.encoding, e.start, e.end, e.reason)
            except Exception as e:
                r = '%s %s' % (type(e).__name__, e)
            print(h, enc, ascii(t), r)

for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
          'xmlcharrefreplace']:
    for enc in ['ascii', 'utf-8', 'utf-16-le', 'utf-32']:
        for b in [b'a\xff\xfe', b'\xed\xa0\x80z', b'\x00\xd8\x00\x00']:
            try:
                r = ascii(b.decode(enc, h))
            except UnicodeDecodeError as e:
                r = 'UDE %s [%d:%d] %s' % (e.encoding, e.start, e.end, e.reason)
            except Exception as e:
                r = '%s %s' % (type(e).__name__, e)
            print(h, enc, b, r)

try:
    'x'.encode('utf-8', 'bogus')
except LookupError as e:
    print('ok no error, so no lookup')
try:
    '\xe9'.encode('ascii', 'bogus')
except LookupError as e:
    print('LookupError', e)
try:
    b'\xff'.decode('utf-8', 'bogus')
except LookupError as e:
    print('LookupError', e)
