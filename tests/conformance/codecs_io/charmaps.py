# Single-byte codecs: round trips, names, errors and handlers.
import codecs

names = ['iso8859-2', 'ISO-8859-5', 'iso8859_7', 'iso-8859-15', 'latin9', 'cp1250', 'windows-1251',
         'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp437', 'IBM850',
         'cp866', 'koi8-r', 'KOI8_U', 'mac-roman', 'macroman', 'iso8859_16', 'l2', 'cyrillic']
for n in names:
    info = codecs.lookup(n)
    data = bytes(range(256))
    text = data.decode(n, 'replace')
    back = text.encode(n, 'replace')
    print(n, info.name, len(text), text.count('\ufffd'), back == data or len(back))

print('Привет мир'.encode('koi8-r'))
print(b'\xf0\xd2\xc9\xd7\xc5\xd4'.decode('koi8_r'))
print('Grüße €'.encode('cp1252'), 'Grüße €'.encode('iso8859-15'))
print('Zażółć gęślą jaźń'.encode('cp1250'))
print(b'\x80\x9f'.decode('cp437'), '┌─┐'.encode('cp437'))

for s, enc in [('€€a', 'cp437'), ('x\u4e00', 'cp1252'), ('αβγ', 'koi8_r')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, repr(e.object), e.reason)
    for h in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
        print(h, s.encode(enc, h))

for b, enc in [(b'a\x81b\x8d', 'cp1252'), (b'\xa5', 'iso8859-3')]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, e.object, e.reason)
    for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        print(h, ascii(b.decode(enc, h)))

for bad in ['cp-1252', 'cp 437', 'nope', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError', e)
    try:
        'x'.encode(bad)
    except LookupError as e:
        print('LookupError', e)
