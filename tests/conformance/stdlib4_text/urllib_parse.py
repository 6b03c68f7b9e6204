# urllib.parse: split/unsplit, join, result attributes, quoting, query strings, bytes.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)
import urllib.parse as up


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


URLS = ['http://u:p@H.example.COM:8080/a/b;p1?x=1&y=2#frag',
        'https://example.com', 'HTTP://x', 'ftp://ftp.x.org/pub/file.txt',
        'file:///etc/passwd', 'mailto:someone@example.com', 'news:comp.lang.python',
        '//netloc/path', '/just/a/path?q', 'relative/path#f', '', 'http:///p', '1http://x',
        ' \thttp://a\nb/c', 'http://[::1]:80/x', 'http://[fe80::1%25eth0]/', 'http://[v1.x]/',
        'http://x:99999', 'http://x:ab', 'http://x:/', 'http://@host', 'http://user@host',
        'http://:pw@host', 'tel:+1-816-555-1212', 'urn:isbn:0451450523', 'svn+ssh://h/r',
        'http://a/b/c;x;y', 'http://a/b;p/c', 'path;params?q#f', 'HtTp://ExAmPlE.org',
        'data:text/plain;base64,SGVsbG8=', 'http://h?#', 'http://h/p?q=a?b#c#d']
for u in URLS:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', tuple(p), p.geturl() == urlunparse(p), s.geturl())
    try:
        port = s.port
    except ValueError as e:
        port = 'ValueError: %s' % e
    print('   user=%r pw=%r host=%r port=%r' % (s.username, s.password, s.hostname, port))
for bad in ('http://[1.2.3.4]/', 'http://[vz]/', 'http://[zz]/', 'http://a]b/', 'http://[::1/'):
    show('split ' + bad, lambda: urlsplit(bad))
print(urlsplit('path#f', allow_fragments=False), urlparse('x', scheme='https'))
print(urlsplit('//h/p', 'ftp').geturl())
print(urlunsplit(('http', '', 'p', '', '')), urlunsplit(('', '', '//p', '', '')),
      urlunsplit(('file', '', '/p', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')),
      urlunsplit(['https', 'h', 'x', 'q', 'f']), urlunparse(('http', 'h', '/p', 'a', 'b', 'c')))
r = urlparse('http://h/p')
print(r._replace(scheme='https').geturl(), r.scheme, r[1], r._fields, type(r).__name__)
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag('http://h/p#').geturl())
print(urldefrag('http://h/p#f').geturl(), urlsplit('http://h').encode())

# urljoin: RFC 3986 section 5.4 examples and more
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x', 'mailto:x@y']:
    print('%-14s %s' % (rel, urljoin(base, rel)))
print(urljoin('', 'x'), urljoin('http://h/a/', ''), urljoin('http://h/a/b', '../../../x'),
      urljoin('http://h', 'x'), urljoin('mailto:a@b', 'c'), urljoin('http://h/a#f', '#g', False))
print(urljoin(b'http://h/a/b', b'c'), urljoin('svn+ssh://h/a/b', 'c'))

# quoting
for s in ['abc def', 'a/b c', 'ü€', '~user_.-', 'a+b=c&d', '', '%', 'a b/c?d']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/+'))
print(quote('ü', encoding='latin-1'), quote('ü', safe='ü'), quote(b'a b\xff'), quote_from_bytes(b'a\x00~'),
      quote_from_bytes(bytearray(b'x y'), safe=b'y '), quote_plus(b'a b'), quote('\u20ac', errors='strict'))
show('quote bytes encoding', lambda: quote(b'x', encoding='utf-8'))
show('quote bytes errors', lambda: quote(b'x', errors='strict'))
show('quote_from_bytes str', lambda: quote_from_bytes('x'))
show('quote ascii error', lambda: quote('é', encoding='ascii'))
for s in ['abc%20def', '%7e/abc+def', '%E2%82%AC', '%e2%82', '%zz%4', 'ü%C3%BC', '100%', '%41%4a%4A']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), repr(unquote('%ff', errors='strict' if False else 'replace')),
      unquote(b'%41b'), unquote_to_bytes(''), unquote_to_bytes(b'%41'))
show('unquote strict', lambda: unquote('%ff', errors='strict'))
show('unquote int', lambda: unquote(5))

# query strings
for q in ['a=1&b=2&a=3', 'a=1;b=2', 'x=&y', 'name=John+Doe&age=%32%30', '', '&&a=b&&', 'a=b=c',
          'k=%zz', 'q=ü']:
    print(repr(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&a=2'), parse_qsl(None))
show('strict', lambda: parse_qsl('a=1&b', strict_parsing=True))
show('strict empty', lambda: parse_qsl('a=1&&b=2', strict_parsing=True))
show('max fields', lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2))
show('bad separator', lambda: parse_qsl('a=1', separator=''))
print(parse_qsl('a=1&b=2', max_num_fields=2))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'ü&='}), urlencode([('k', 'v'), ('k', 'w')]))
print(urlencode({'a': [1, 2], 'b': 'xy', 'c': b'\xff', 'd': (3,)}, doseq=True))
print(urlencode({'a': [1, 2]}), urlencode({b'k': b'v v'}), urlencode({'p': 'a/b'}, safe='/'),
      urlencode({'q': 'a b'}, quote_via=quote), urlencode({'e': 'é'}, encoding='latin-1'), urlencode([]))
show('urlencode str', lambda: urlencode('abc'))
show('urlencode list', lambda: urlencode([1, 2]))
show('urlencode int', lambda: urlencode(5))

# bytes and mixing
b = urlparse(b'http://u@h:81/p;x?q#f')
print(b, b.hostname, b.port, b.username, b.geturl(), b.decode())
print(urlsplit(b'//h/p'), urlunsplit((b'http', b'h', b'/p', b'', b'')), urldefrag(b'x#y'))
print(urlparse('http://h/p').encode('ascii'), type(b).__name__, type(urlsplit(b'x')).__name__)
show('mix', lambda: urljoin('http://h', b'x'))
show('mix split', lambda: urlsplit(b'x', 'http'))
show('non-ascii bytes', lambda: urlsplit(b'http://h/\xff'))
print(up.unwrap('<URL:http://h/p>'), up.unwrap(' <http://x> '))
print(up.uses_netloc[:5], up.scheme_chars[-4:], sorted(up.__all__)[:4])
print(urlsplit('http://ＮＦＫＣ.example/'))
show('nfkc', lambda: urlsplit('http://a\uff03b/'))
