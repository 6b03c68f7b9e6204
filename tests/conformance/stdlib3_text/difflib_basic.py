# difflib: SequenceMatcher internals, ndiff with '?' guides, unified and
# context diffs, get_close_matches, restore, junk heuristics; plus a seeded
# random cross-check of opcodes over many small sequences.
import difflib
import random
import zlib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(s.find_longest_match(0, 28, 0, 37), s.find_longest_match())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
a = "qabxcd"
b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(list(difflib.SequenceMatcher(None, list(range(100)), list(range(100)) + [5]).get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, 'a' * 10 + 'b' + 'a' * 10, 'a' * 10 + 'c' + 'a' * 10).get_grouped_opcodes(2)))
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
# autojunk: popular elements in long sequences
long_b = 'x' * 150 + 'abc' + 'x' * 100
s = difflib.SequenceMatcher(None, 'xxabcxx', long_b)
print(s.get_matching_blocks(), sorted(s.bpopular), len(s.b2j))
s = difflib.SequenceMatcher(None, 'xxabcxx', long_b, autojunk=False)
print(s.get_matching_blocks(), sorted(s.bpopular))
print(s.bjunk, difflib.SequenceMatcher(lambda c: c in 'ab', 'x', 'aabbc').bjunk == {'a', 'b'})

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.ndiff(text1, text2)), end='')
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.restore(difflib.ndiff(text1, text2), 1)) == ''.join(text1))
print(''.join(difflib.restore(difflib.ndiff(text1, text2), 2)) == ''.join(text2))
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError:', e)
print(list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
print(list(difflib.ndiff(['\tabc\n'], ['\tabd\n'])))
print(list(difflib.ndiff(['a b c'], ['a  b c', 'x'])))
print(list(difflib.ndiff(['same', 'x1', 'x2'], ['y1', 'same', 'y2'])))
print(list(difflib.ndiff(['abc', 'def'], ['uvw', 'xyz'])))
print(list(difflib.ndiff(['a', 'b', 'c'], ['b'])))
print(list(difflib.ndiff(['# comment\n', 'code\n', '\n'], ['code\n', '  \n'], linejunk=difflib.IS_LINE_JUNK)))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], 'f1', 'f2', '2020-01-01', '2020-01-02', lineterm='')))
print(list(difflib.context_diff(['a', 'b'], ['a', 'c'], 'f1', 'f2', '2020-01-01', '2020-01-02', lineterm='')))
big1 = ['line %d\n' % i for i in range(40)]
big2 = list(big1)
big2[3] = 'changed 3\n'
del big2[20]
big2.insert(35, 'new\n')
print(''.join(difflib.unified_diff(big1, big2)), end='')
print(''.join(difflib.context_diff(big1, big2, n=1)), end='')
print(''.join(difflib.unified_diff(big1, big2, n=0)), end='')
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print('TypeError:', e)

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ab', 'ba', 'abc', 'xab', 'a'], n=2, cutoff=0.3))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as e:
        print('ValueError:', e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))

rng = random.Random(1234)
checksum = 0
for trial in range(300):
    a = ''.join(rng.choice('abcd ') for _ in range(rng.randrange(0, 15)))
    b = ''.join(rng.choice('abcd ') for _ in range(rng.randrange(0, 15)))
    junk = None if trial % 3 else (lambda c: c == ' ')
    m = difflib.SequenceMatcher(junk, a, b)
    ops = m.get_opcodes()
    checksum = zlib.crc32(repr((ops, m.ratio(), m.get_matching_blocks())).encode(), checksum)
    if trial < 5:
        print(repr(a), repr(b), ops)
    la = [rng.choice(['x\n', 'y\n', 'zz\n', 'xy\n']) for _ in range(rng.randrange(0, 8))]
    lb = [rng.choice(['x\n', 'y\n', 'zz\n', 'xz\n']) for _ in range(rng.randrange(0, 8))]
    checksum = zlib.crc32((''.join(difflib.ndiff(la, lb)) + ''.join(difflib.unified_diff(la, lb))).encode(), checksum)
print(checksum)
