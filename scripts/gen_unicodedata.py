#!/usr/bin/env python3
"""Generate stdlib/unicodedata_db.inc, the tables of minipy's unicodedata module.

Run with CPython 3.11 (Unicode 14.0.0, the oracle):
    python3 scripts/gen_unicodedata.py > stdlib/unicodedata_db.inc

Character properties, decompositions, numeric values and names are read
from the running CPython's unicodedata module. Name aliases and named
sequences (which CPython's lookup() accepts but cannot list) come from the
UCD files NameAliases.txt / NamedSequences.txt (Debian's unicode-data
package, /usr/share/unicode); entries CPython's lookup() rejects (added in a
later Unicode version) are dropped, so the result is CPython's 14.0 set.

Tables (C++ arrays in the generated file):
  kRecords       unique property records (at most 256): category | bidi<<5 |
                 combining<<10 | east asian width<<18 | mirrored<<21
  kIndex1/2      two-stage table: record of cp = kIndex2[(kIndex1[cp >> SHIFT] << SHIFT) + (cp & MASK)]
  kNumeric*      sorted code points with a numeric value (double, decimal, digit)
  kDecomp*       sorted code points with a decomposition: header (tag<<27 | count<<22 |
                 offset) into kDecompData (UTF-16: astral code points as surrogate pairs)
  kComp*         canonical compositions (first<<21 | second) -> composite, sorted
  kLexiconText   the words of character names, most frequent first, concatenated;
                 kWordLengths / kWordCheckpoints (offset of every 16th word) locate them
  kNameRuns      runs of consecutive named code points: (first cp, count, ordinal of first)
  kNameBytes     names in code point order, each a length byte then word codes
                 (code < 192: one byte; else two bytes); kNameCheckpoints holds
                 the byte offset of every 32nd name
  kCjkRanges     ranges named algorithmically "CJK UNIFIED IDEOGRAPH-XXXX"
  kAliases / kNamedSeqs   extra names accepted by lookup()
"""
import os
import sys
import unicodedata as U

MAXCP = 0x110000
UCD_DIR = '/usr/share/unicode'

CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf',
              'Cs', 'Co', 'Cn', 'Lm', 'Lo', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So']
CATEGORIES = list(dict.fromkeys(CATEGORIES))
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM', 'BN',
        'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['F', 'H', 'W', 'Na', 'A', 'N']
DECOMP_TAGS = ['', '<font>', '<noBreak>', '<initial>', '<medial>', '<final>', '<isolated>', '<circle>',
               '<super>', '<sub>', '<vertical>', '<wide>', '<narrow>', '<small>', '<square>',
               '<fraction>', '<compat>']
CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'
HEX_MARK = '-#'     # pseudo-word: "-" and the code point in hex
SHORT_CODES = 192   # word codes below this take one byte
CHECKPOINT = 32         # a name offset is kept for every 32nd name
WORD_CHECKPOINT = 16    # and a lexicon offset for every 16th word


def emit_array(out, ctype, name, values, per_line=16):
    out.write('constexpr %s %s[] = {\n' % (ctype, name))
    for i in range(0, len(values), per_line):
        out.write('  ' + ','.join(str(v) for v in values[i:i + per_line]) + ',\n')
    out.write('};\n')


def cstring(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def emit_text(out, name, text):
    # one string literal split over lines; the array size keeps embedded NULs
    out.write('constexpr char %s[] =\n' % name)
    for i in range(0, len(text), 100):
        out.write('  %s\n' % cstring(text[i:i + 100]).replace('\0', '\\0'))
    out.write(';\n')


def property_tables(out):
    records = {}
    rec_of = []
    for cp in range(MAXCP):
        c = chr(cp)
        r = (CATEGORIES.index(U.category(c)) | BIDI.index(U.bidirectional(c)) << 5 |
             U.combining(c) << 10 | EAW.index(U.east_asian_width(c)) << 18 | U.mirrored(c) << 21)
        rec_of.append(records.setdefault(r, len(records)))
    best = None
    for shift in range(4, 10):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for start in range(0, MAXCP, size):
            block = tuple(rec_of[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        nbytes = 2 * len(index1) + len(index2)
        if best is None or nbytes < best[0]:
            best = (nbytes, shift, index1, index2)
    nbytes, shift, index1, index2 = best
    assert max(index1) < 65536 and len(records) <= 256
    out.write('constexpr int kIndexShift = %d;\n' % shift)
    emit_array(out, 'uint32_t', 'kRecords', sorted(records, key=records.get), 8)
    emit_array(out, 'uint16_t', 'kIndex1', index1, 20)
    emit_array(out, 'uint8_t', 'kIndex2', index2, 32)
    return 4 * len(records) + 2 * len(index1) + len(index2)


def numeric_tables(out):
    cps, values, decimals, digits = [], [], [], []
    for cp in range(MAXCP):
        c = chr(cp)
        n = U.numeric(c, None)
        if n is None:
            assert U.decimal(c, None) is None and U.digit(c, None) is None
            continue
        cps.append(cp)
        values.append(n.hex() if n != int(n) else '%d.0' % n)
        dec = U.decimal(c, None)
        dig = U.digit(c, None)
        decimals.append(-1 if dec is None else dec)
        digits.append(-1 if dig is None else dig)
    emit_array(out, 'uint32_t', 'kNumericCps', cps, 12)
    emit_array(out, 'double', 'kNumericValues', values, 6)
    emit_array(out, 'int8_t', 'kNumericDecimal', decimals, 24)
    emit_array(out, 'int8_t', 'kNumericDigit', digits, 24)
    return len(cps) * 14


def decomposition_tables(out):
    cps, headers, data = [], [], []
    for cp in range(MAXCP):
        d = U.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = 0
        if parts[0].startswith('<'):
            tag = DECOMP_TAGS.index(parts[0])
            parts = parts[1:]
        codes = [int(p, 16) for p in parts]
        assert len(codes) < 32 and len(data) < (1 << 22)
        cps.append(cp)
        headers.append(tag << 27 | len(codes) << 22 | len(data))
        for c in codes:     # UTF-16: astral code points take a surrogate pair
            if c >= 0x10000:
                data.extend((0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF)))
            else:
                data.append(c)
    emit_array(out, 'uint32_t', 'kDecompCps', cps, 12)
    emit_array(out, 'uint32_t', 'kDecompHeaders', headers, 10)
    emit_array(out, 'uint16_t', 'kDecompData', data, 16)
    # canonical compositions: two-character canonical decompositions that
    # NFC recomposes (this leaves out the composition exclusions)
    pairs = []
    for cp, h in zip(cps, headers):
        tag, count, off = h >> 27, (h >> 22) & 31, h & ((1 << 22) - 1)
        if tag == 0 and count == 2:
            a, b = [int(p, 16) for p in U.decomposition(chr(cp)).split()]
            if U.normalize('NFC', chr(a) + chr(b)) == chr(cp):
                pairs.append((a << 21 | b, cp))
    pairs.sort()
    emit_array(out, 'uint64_t', 'kCompKeys', ['0x%xULL' % k for k, _ in pairs], 8)
    emit_array(out, 'uint32_t', 'kCompValues', [v for _, v in pairs], 12)
    return 8 * len(cps) + 2 * len(data) + 12 * len(pairs)


def is_cjk_name(cp, name):
    return name == CJK_PREFIX + '%04X' % cp


def split_name(cp, name):
    words = name.split(' ')
    last = words[-1]
    suffix = '-%04X' % cp
    if last.endswith(suffix) and len(last) > len(suffix):
        words[-1] = last[:-len(suffix)]
        words.append(HEX_MARK)
    return words


def name_tables(out):
    named = {}
    cjk_ranges = []
    for cp in range(MAXCP):
        if 0xAC00 <= cp <= 0xD7A3:
            continue        # Hangul syllables are named by rule
        name = U.name(chr(cp), None)
        if name is None:
            continue
        if is_cjk_name(cp, name):
            if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
                cjk_ranges[-1][1] = cp
            else:
                cjk_ranges.append([cp, cp])
            continue
        named[cp] = split_name(cp, name)
    # words by frequency: the commonest get one-byte codes
    freq = {}
    for words in named.values():
        for w in words:
            freq[w] = freq.get(w, 0) + 1
    lexicon = sorted(freq, key=lambda w: (-freq[w], w))
    code = {w: i for i, w in enumerate(lexicon)}
    assert len(lexicon) < SHORT_CODES + (256 - SHORT_CODES) * 256

    def encode(words):
        b = bytearray()
        for w in words:
            i = code[w]
            if i < SHORT_CODES:
                b.append(i)
            else:
                i -= SHORT_CODES
                b.append(SHORT_CODES + (i >> 8))
                b.append(i & 255)
        return bytes(b)

    runs = []
    name_bytes = bytearray()
    checkpoints = []
    ordinal = 0
    for cp in sorted(named):
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, ordinal])
        if ordinal % CHECKPOINT == 0:
            checkpoints.append(len(name_bytes))
        enc = encode(named[cp])
        assert len(enc) < 256
        name_bytes.append(len(enc))
        name_bytes.extend(enc)
        ordinal += 1

    text = ''.join(lexicon)
    lengths = [len(w) for w in lexicon]
    assert max(lengths) < 256
    word_checkpoints = [sum(lengths[:i]) for i in range(0, len(lexicon), WORD_CHECKPOINT)]

    out.write('constexpr int kShortCodes = %d;\n' % SHORT_CODES)
    out.write('constexpr int kNameCheckpoint = %d;\n' % CHECKPOINT)
    out.write('constexpr int kWordCheckpoint = %d;\n' % WORD_CHECKPOINT)
    out.write('constexpr int kHexMarkWord = %d;  // the "%s" pseudo-word\n' % (code[HEX_MARK], HEX_MARK))
    out.write('constexpr int kLexiconSize = %d;\n' % len(lexicon))
    emit_text(out, 'kLexiconText', text)
    emit_array(out, 'uint8_t', 'kWordLengths', lengths, 32)
    emit_array(out, 'uint32_t', 'kWordCheckpoints', word_checkpoints, 12)
    emit_array(out, 'uint32_t', 'kNameRuns', [x for r in runs for x in r], 12)
    emit_array(out, 'uint32_t', 'kNameCheckpoints', checkpoints, 12)
    emit_array(out, 'uint8_t', 'kNameBytes', list(name_bytes), 24)
    emit_array(out, 'uint32_t', 'kCjkRanges', [x for r in cjk_ranges for x in r], 12)
    max_len = max(len(U.name(chr(cp))) for cp in named)
    return (len(text) + len(lengths) + 4 * len(word_checkpoints) + 12 * len(runs) + 4 * len(checkpoints) +
            len(name_bytes) + 8 * len(cjk_ranges)), max_len


def ucd_lines(fname):
    with open(os.path.join(UCD_DIR, fname), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                yield line


def alias_tables(out):
    aliases = []
    for line in ucd_lines('NameAliases.txt'):
        cp_hex, alias, _kind = line.split(';')
        cp = int(cp_hex, 16)
        try:
            ok = U.lookup(alias) == chr(cp)
        except KeyError:
            ok = False
        if ok and U.name(chr(cp), None) != alias:
            aliases.append((alias, cp))
    seqs = []
    for line in ucd_lines('NamedSequences.txt'):
        name, codes = line.split(';')
        value = ''.join(chr(int(c, 16)) for c in codes.split())
        try:
            ok = U.lookup(name) == value
        except KeyError:
            ok = False
        if ok:
            seqs.append((name, value))
    emit_text(out, 'kAliasNames', ''.join(a + '\0' for a, _ in aliases))
    emit_array(out, 'uint32_t', 'kAliasCps', [cp for _, cp in aliases], 12)
    emit_text(out, 'kNamedSeqNames', ''.join(n + '\0' for n, _ in seqs))
    seq_data = []
    for _, v in seqs:
        seq_data.append(len(v))
        seq_data.extend(ord(c) for c in v)
    emit_array(out, 'uint32_t', 'kNamedSeqData', seq_data, 12)
    return sum(len(a) + 5 for a, _ in aliases) + sum(len(n) + 1 + 4 * (len(v) + 1) for n, v in seqs), \
        len(aliases), len(seqs)


def main():
    out = sys.stdout
    assert U.unidata_version == '14.0.0', U.unidata_version
    out.write('// generated by scripts/gen_unicodedata.py from CPython %s\'s Unicode %s database'
              ' — do not edit\n' % (sys.version.split()[0], U.unidata_version))
    out.write('// clang-format off\n')
    for name, values in (('kCategoryNames', CATEGORIES), ('kBidiNames', BIDI), ('kEawNames', EAW),
                         ('kDecompTags', DECOMP_TAGS)):
        out.write('constexpr const char* %s[] = {%s};\n' % (name, ', '.join(cstring(v) for v in values)))
    sizes = {}
    sizes['properties'] = property_tables(out)
    sizes['numeric'] = numeric_tables(out)
    sizes['decomposition'] = decomposition_tables(out)
    sizes['names'], max_len = name_tables(out)
    sizes['aliases'], nalias, nseq = alias_tables(out)
    out.write('constexpr size_t kMaxNameLength = %d;\n' % max_len)
    total = sum(sizes.values())
    out.write('// table sizes (bytes): %s; total %d\n' % (', '.join('%s %d' % kv for kv in sizes.items()), total))
    sys.stderr.write('unicodedata tables: %s; total %d bytes; %d aliases, %d named sequences\n'
                     % (sizes, total, nalias, nseq))


if __name__ == '__main__':
    main()
