# unicodedata (Unicode 14.0.0): properties, numeric values, decompositions, names both ways,
# aliases and named sequences, the four normalization forms, errors. Whole-range checks are
# summarised by a digest so the expected output stays small.
import hashlib
import unicodedata as ud


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', ascii(r))


def digest(items):
    h = hashlib.sha256()
    for x in items:
        h.update(repr(x).encode('utf-8', 'surrogatepass'))
    return h.hexdigest()[:16]


print(ud.unidata_version, sorted(n for n in dir(ud) if not n.startswith('_') and n != 'ucd_3_2_0'))

for c in 'aZ5½Ⅻ٣ \u0301\u200d€中가\U0001F600\U00010400\ud800\U000e0001\U0010ffff\u00e9\ufb01\u2460':
    print(ascii(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          repr(ud.decomposition(c)), ud.name(c, None))


def props(cp):
    c = chr(cp)
    return (cp, ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c),
            ud.decimal(c, -1), ud.digit(c, -1), ud.numeric(c, -1.0), ud.decomposition(c))


for lo, hi, step in [(0, 0x3000, 1), (0x3000, 0x10000, 3), (0x10000, 0x20000, 5), (0x20000, 0x110000, 97)]:
    print('props %06X-%06X/%d' % (lo, hi, step), digest(props(cp) for cp in range(lo, hi, step)))
for lo, hi, step in [(0, 0x3400, 1), (0x3400, 0x10000, 7), (0x10000, 0x110000, 11)]:
    print('names %06X-%06X/%d' % (lo, hi, step), digest((cp, ud.name(chr(cp), '')) for cp in range(lo, hi, step)))

# names and lookup
for cp in [0x41, 0x1F600, 0xAC00, 0xAC01, 0xD7A3, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x3134A, 0xF900, 0x2F800,
           0xFE18, 0x1D0C5, 0xFFFD, 0x17000, 0x18B00, 0x1B170, 0x0, 0xE000, 0x10FFFD]:
    print(hex(cp), ud.name(chr(cp), '<none>'))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter Sharp S', 'SNOWMAN',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE A', 'CJK UNIFIED IDEOGRAPH-4E00',
             'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK COMPATIBILITY IDEOGRAPH-F900',
             'cjk compatibility ideograph-2f800', 'BYTE ORDER MARK', 'LINE FEED', 'LF', 'NULL', 'NBSP',
             'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET',
             'LATIN SMALL LETTER R WITH TILDE', 'KEYCAP NUMBER SIGN', 'GRINNING FACE', 'EGYPTIAN HIEROGLYPH A001',
             'hangul syllable GAG', 'HANGUL SYLLABLE gag', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAGA',
             'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E0',
             'CJK UNIFIED IDEOGRAPH-FFFFF', 'TANGUT IDEOGRAPH-17000', 'NOT A NAME', '', 'LATIN  SMALL LETTER A',
             ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ', 'é', 'x' * 256, 'x' * 257, b'SNOWMAN']:
    show('lookup %r' % (name[:40],), lambda: ud.lookup(name))
sample = [cp for cp in range(0, 0x30000, 37) if ud.name(chr(cp), None)]
print('lookup round trip', len(sample), all(ud.lookup(ud.name(chr(cp))) == chr(cp) for cp in sample),
      all(ud.lookup(ud.name(chr(cp)).lower()) == chr(cp) for cp in sample[::5] if not 0xAC00 <= cp <= 0xD7A3
          and not ud.name(chr(cp)).startswith('CJK UNIFIED')))

# normalization
SAMPLES = ['café', 'cafe\u0301', 'Å', 'A\u030a', '\u212b', 'ﬁ', '①', 'ｶﾞ', '\u1100\u1161\u11a8', '각',
           'q\u0307\u0323', 'q\u0323\u0307', '\u0344', '\u0958', 'ẛ̣', '\u1e9b\u0323', 'e\u0301\u0327',
           '\u00c5\u0316\u0301', 'x\u0345\u0301\u0313', '\u0f73\u0f75', 'ǅ', '㍻', '²', 'Ω', '\u03d3', '\u2126',
           '\u1e0a\u0323', '\u1e0c\u0307', 'D\u0307\u0323', '\ufb2c', '\u05d0\u05b7', '\U0001d15e', '가\u11a8',
           '\u1100\u1161\u11a7', '\u0300a', 'abc', '', '\U00011099\U000110ba', '\u0b47\u0b3e', 'ḉ', 'ȁ̋']
for s in SAMPLES:
    print(ascii(s), ' '.join(ascii(ud.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')),
          [ud.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
text = ''.join(chr(cp) for cp in range(0xA0, 0x3000, 3)) + ''.join(chr(cp) for cp in range(0xAC00, 0xD7A4, 41))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    out = ud.normalize(form, text)
    print(form, len(out), digest(out), ud.is_normalized(form, out), ud.normalize(form, out) == out)
marks = ['\u0301', '\u0300', '\u0323', '\u0327', '\u0308', '\u0345', '\u05b7', '\u093c', '\u3099', '\u0f71']
bases = ['a', 'e', 'o', 'A', '\u0391', '\u3046', 'क', '\u0fb2', 'ſ']
combos = [b + m1 + m2 for b in bases for m1 in marks for m2 in marks]
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, digest(ud.normalize(form, s) for s in combos))
show('bad form', lambda: ud.normalize('NFX', 'a'))
show('form type', lambda: ud.normalize(1, 'a'))
show('text type', lambda: ud.normalize('NFC', b'a'))
show('is_normalized type', lambda: ud.is_normalized('NFC', 5))
show('is_normalized form', lambda: ud.is_normalized('x', 'a'))
show('normalize nargs', lambda: ud.normalize('NFC'))
s = 'ascii text'
print(ud.normalize('NFC', s) is s, ud.normalize('NFKD', 'abc') == 'abc')

# argument errors
show('category str', lambda: ud.category('ab'))
show('category int', lambda: ud.category(5))
show('category none', lambda: ud.category())
show('category kw', lambda: ud.category(c='a'))
show('name none', lambda: ud.name('\x00'))
show('name default', lambda: ud.name('\x00', 'dflt'))
show('name nargs', lambda: ud.name('a', 'b', 'c'))
show('decimal', lambda: ud.decimal('a'))
show('digit', lambda: ud.digit('a'))
show('numeric', lambda: ud.numeric('a'))
show('decimal nargs', lambda: ud.decimal())
show('lookup int', lambda: ud.lookup(5))
show('lookup nargs', lambda: ud.lookup())
show('UCD()', lambda: ud.UCD())
print(ud.digit('²'), ud.decimal('٣'), ud.numeric('¼'), ud.numeric('\U00012432'), ud.numeric('\u5146'),
      ud.numeric('\U0001ed3c'), ud.decimal('²', 'no'))
