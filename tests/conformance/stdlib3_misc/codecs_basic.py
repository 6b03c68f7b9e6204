# codecs: lookup names/aliases, encode/decode for text and bytes codecs,
# escape codecs, utf-8-sig, cp1252, incremental coders, iterencode/decode,
# stream readers/writers via codecs.open, error handlers and wrapped errors.
import codecs
import io

for n in ['utf8', 'UTF-8', 'utf_8', 'U8', 'latin1', 'latin-1', 'iso-8859-1', 'ISO8859-1', 'ascii', 'us-ascii',
          'utf-16', 'utf_16_le', 'UTF-16BE', 'utf-32', 'utf-8-sig', 'hex', 'base64', 'zlib', 'rot13', 'rot_13',
          'unicode_escape', 'raw-unicode-escape', 'cp1252', 'windows-1252', 'uu', 'nope', 'utf 8']:
    try:
        ci = codecs.lookup(n)
        print(n, ci.name, ci._is_text_encoding, isinstance(ci, tuple), len(ci))
    except LookupError as e:
        print(n, 'LookupError', e)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: codecs.encode('abc', 'hex'))
t(lambda: codecs.encode(b'abc', 'hex'))
t(lambda: codecs.decode(b'616263', 'hex'))
t(lambda: codecs.decode('616263', 'hex'))
t(lambda: codecs.decode(b'61626', 'hex'))
t(lambda: codecs.encode('Hello, World!', 'rot13'))
t(lambda: codecs.decode('Uryyb', 'rot_13'))
t(lambda: codecs.encode(b'abc', 'base64'))
t(lambda: codecs.encode(b'x' * 100, 'base64'))
t(lambda: codecs.decode(b'YWJj\n', 'base64'))
t(lambda: codecs.encode('h\u00e9\n\t\\\'"\u1234\U0001f600\x7f\x00', 'unicode_escape'))
t(lambda: codecs.decode(b'h\\xe9\\n\\u1234\\U0001f600\\t\\x41\\101\\7\\\'\\"\\a\\b\\f\\v\\r', 'unicode_escape'))
t(lambda: codecs.decode(b'\\x4', 'unicode_escape'))
t(lambda: codecs.decode(b'\\u12', 'unicode_escape'))
t(lambda: codecs.decode(b'\\U00110000', 'unicode_escape'))
t(lambda: codecs.decode(b'abc\\', 'unicode_escape'))
t(lambda: codecs.decode(b'line\\\nnext', 'unicode_escape'))
t(lambda: codecs.encode('h\u00e9\n\u1234\U0001f600', 'raw_unicode_escape'))
t(lambda: codecs.decode(b'h\xe9\\n\\u1234\\\\u1234\\U0001f600', 'raw_unicode_escape'))
t(lambda: codecs.encode('x', 'utf-8-sig'))
t(lambda: codecs.decode(b'\xef\xbb\xbfx', 'utf-8-sig'))
t(lambda: codecs.decode(b'plain', 'utf-8-sig'))
t(lambda: codecs.encode('\u20ac\u0153x\u00e9', 'cp1252'))
t(lambda: codecs.decode(bytes(range(0x80, 0xa0)), 'cp1252', 'replace'))
t(lambda: codecs.decode(b'\x81', 'cp1252'))
t(lambda: codecs.encode('\u4e00', 'cp1252'))
t(lambda: codecs.encode('a\u4e00b', 'cp1252', 'replace'))
t(lambda: codecs.encode('h\u00e9', 'utf-16'))
t(lambda: codecs.encode('h\u00e9', 'utf-16-be'))
t(lambda: codecs.decode(b'\xfe\xff\x00h\x00\xe9', 'utf-16'))
t(lambda: codecs.decode(b'h\x00\xe9\x00', 'utf-16'))
t(lambda: codecs.encode('h', 'utf-32'))
t(lambda: codecs.decode(codecs.encode('h\U0001f600', 'utf-32'), 'utf-32'))
t(lambda: codecs.lookup('utf-8').encode('h\u00e9'))
t(lambda: codecs.lookup('utf-8').decode(b'h\xc3\xa9'))
t(lambda: codecs.utf_8_decode(b'h\xc3', 'strict', False))
t(lambda: codecs.utf_8_decode(b'h\xc3', 'strict', True))
t(lambda: codecs.utf_8_encode('\u00e9'))
t(lambda: codecs.latin_1_encode('\u00e9'))
t(lambda: codecs.getencoder('ascii')('abc'))
t(lambda: codecs.getdecoder('latin-1')(b'\xe9'))
t(lambda: codecs.getincrementaldecoder('utf-8')().decode(b'h\xc3'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xc3')), repr(d.decode(b'\xa9', final=True)), d.getstate())
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), d.getstate(), repr(d.decode(b'\xac')))
t(lambda: codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', final=True))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfeh\x00\xe9')), repr(d.decode(b'\x00', True)))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.encode('', True))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode('a'), e.encode('b'))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef\xbb')), repr(d.decode(b'\xbfxy')))
t(lambda: list(codecs.iterdecode([b'a\xc3', b'\xa9b', b'\xe2\x82', b'\xac'], 'utf-8')))
t(lambda: list(codecs.iterencode(['a', 'b', ''], 'utf-16')))
t(lambda: list(codecs.iterencode(['a', '\u00e9'], 'latin-1')))
t(lambda: codecs.BOM_UTF8)
t(lambda: (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM,
           codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16, codecs.BOM_UTF32))
t(lambda: codecs.lookup_error('strict').__name__)
t(lambda: codecs.lookup_error('bogus'))
t(lambda: codecs.replace_errors(UnicodeEncodeError('ascii', 'a\u00e9\u00e9b', 1, 3, 'x')))
t(lambda: codecs.replace_errors(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'x')))
t(lambda: codecs.ignore_errors(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'x')))
t(lambda: codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\u00e9\u4e00', 1, 3, 'x')))
t(lambda: codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a\u00e9\u4e00\U0001f600', 1, 4, 'x')))
t(lambda: codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'x')))
t(lambda: codecs.strict_errors(ValueError('boom')))
codecs.register_error('mine', codecs.replace_errors)
t(lambda: codecs.lookup_error('mine') is codecs.replace_errors)
t(lambda: codecs.encode(1, 'utf-8'))
t(lambda: codecs.decode('x', 'utf-8'))
t(lambda: codecs.encode(b'x' * 10, 'zlib'))
t(lambda: codecs.decode(codecs.encode(b'x' * 10, 'zlib'), 'zlib'))
t(lambda: codecs.encode('\u00e9', 'ascii'))
t(lambda: codecs.encode('\u00e9', 'ascii', 'replace'))
t(lambda: codecs.decode(b'\xff', 'ascii'))
t(lambda: codecs.decode(b'\xff', 'utf-8', 'replace'))
t(lambda: codecs.lookup('nope'))
t(lambda: codecs.encode('x', 'nope'))
t(lambda: codecs.encode(b'abc', 'uu'))
t(lambda: codecs.decode(codecs.encode(b'hello world' * 10, 'uu'), 'uu'))


def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='shout')
    return None


codecs.register(search)
t(lambda: codecs.encode('hey', 'shout'))
t(lambda: codecs.decode(b'HEY', 'SHOUT'))
codecs.unregister(search)
t(lambda: codecs.encode('hey', 'shout'))

path = '/tmp/minipy_conf_codecs.txt'
with codecs.open(path, 'w', encoding='utf-16') as f:
    print(type(f).__name__, f.encoding)
    f.write('line one \u00e9\n')
    f.writelines(['line two\n', 'three'])
with open(path, 'rb') as f:
    print(f.read()[:12])
with codecs.open(path, 'r', encoding='utf-16') as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(path, encoding='utf-16') as f:
    print(list(f))
with codecs.open(path, 'rb') as f:
    print(type(f).__name__ == type(open(path, 'rb')).__name__)
w = codecs.getwriter('utf-8')(io.BytesIO())
w.write('\u00e9t\u00e9')
print(w.getvalue())
r = codecs.getreader('latin-1')(io.BytesIO(b'caf\xe9\nbar\n'))
print(repr(r.readline()), r.readlines())
for enc in ['utf-16', 'utf-8-sig']:
    with codecs.open(path, 'w', encoding=enc) as f:
        f.write('a')
        f.write('b\u00e9')
    with open(path, 'rb') as f:
        print(enc, f.read())
    with codecs.open(path, encoding=enc) as f:
        print(repr(f.read(1)), repr(f.read()))
