# codecs.register / register_error, bytes-to-bytes and str-to-str codecs.
import codecs

def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % '+'.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error('mine', handler)
print(codecs.lookup_error('mine') is handler)
print('a\xe9\u20acb\U0001f600'.encode('ascii', 'mine'))
print('a\xe9\u20acb'.encode('latin-1', 'mine'))
print('a\u20acb'.encode('cp437', 'mine'))
print(b'a\xff\xfeb'.decode('utf-8', 'mine'))
print(b'a\x81b'.decode('cp1252', 'mine'))
print(b'a\x80'.decode('ascii', 'mine'))

def skipper(exc):
    return ('?', exc.end + 1)
codecs.register_error('skip1', skipper)
print('\xe9xy'.encode('ascii', 'skip1'))
print(b'\xffxy'.decode('utf-8', 'skip1'))

def bad(exc):
    return 42
codecs.register_error('bad', bad)
for f in [lambda: '\xe9'.encode('ascii', 'bad'), lambda: b'\xff'.decode('ascii', 'bad')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

def far(exc):
    return ('', 100)
codecs.register_error('far', far)
try:
    '\xe9'.encode('ascii', 'far')
except IndexError as e:
    print('IndexError', e)

try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)

print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656c6c6f', 'hex'))
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.decode(codecs.encode(b'hello' * 10, 'zlib'), 'zlib'))
print(codecs.encode('Hello', 'rot13'), codecs.encode('Uryyb', 'rot_13'))
for f in [lambda: 'a'.encode('hex'), lambda: b'a'.decode('hex'), lambda: 'a'.encode('rot13'),
          lambda: 'a'.encode('base64'), lambda: b'a'.decode('zlib')]:
    try:
        f()
    except LookupError as e:
        print('LookupError', e)
try:
    codecs.decode(b'abc', 'hex')
except Exception as e:
    print(type(e).__name__, e)

# A codec registered by a search function, used by str.encode / bytes.decode.
def search(name):
    if name == 'upper_ascii':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)),
                                name='upper-ascii')
    if name == 'broken':
        return codecs.CodecInfo(lambda s, errors='strict': (s, len(s)),
                                lambda b, errors='strict': (b, len(b)), name='broken')
    return None
codecs.register(search)
print('hello'.encode('upper_ascii'), b'HELLO'.decode('UPPER_ASCII'))
print(codecs.lookup('upper_ascii').name)
for f in [lambda: 'x'.encode('broken'), lambda: b'x'.decode('broken')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
codecs.unregister(search)
try:
    'x'.encode('upper_ascii')
except LookupError as e:
    print('LookupError', e)

print('a\\tb\xe9\u20ac'.encode('unicode_escape'), b'a\\tb\\xe9\\u20ac'.decode('unicode_escape'))
print('a\xe9\u20ac'.encode('raw_unicode_escape'), b'a\xe9\\u20ac'.decode('raw_unicode_escape'))
print('bücher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'))
print('münchen'.encode('punycode'), b'mnchen-3ya'.decode('punycode'))
print('abc'.encode('idna'), 'Ünïcödé'.encode('punycode'))

import encodings
import encodings.aliases
print(encodings.normalize_encoding('Latin-1  x.y'), encodings.normalize_encoding('  utf 8 '))
print(encodings.aliases.aliases['latin1'], encodings.aliases.aliases['utf8'], encodings.aliases.aliases['cp1252'] if 'cp1252' in encodings.aliases.aliases else '-')
print(encodings.search_function('utf8').name, encodings.search_function('no-such'))

e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'bad')
print(str(e), e.args)
e = UnicodeDecodeError('utf-8', b'abc', 0, 3, 'bad')
print(str(e), e.args)

codecs.register_error('zero', lambda e: 1 / 0)
for enc in ['utf-8', 'UTF8', 'u8', 'utf-16', 'utf-16-le', 'utf-32be', 'ascii', '646', 'latin-1', 'l1',
            'cp1252', 'iso8859_15', 'Utf--8']:
    for f in [lambda: b'\xff\xff\xff\xff\xff'.decode(enc, 'zero'), lambda: '\udcff\uffff\U0010ffff'.encode(enc, 'zero')]:
        try:
            f()
            print(enc, 'ok')
        except ZeroDivisionError as x:
            print(enc, x, type(x.__cause__).__name__)
