# gettext (NullTranslations, .mo catalogs, plural forms, fallback), mimetypes, filecmp.
import filecmp
import gettext
import io
import mimetypes
import os
import shutil
import struct


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


# ---- gettext
nt = gettext.NullTranslations()
print(nt.gettext('hello'), nt.ngettext('one', 'many', 1), nt.ngettext('one', 'many', 2),
      nt.pgettext('ctx', 'msg'), nt.npgettext('ctx', 'a', 'b', 5), nt.info(), nt.charset())


def make_mo(messages, plural=None, charset='utf-8', big_endian=False):
    header = 'Content-Type: text/plain; charset=%s\n' % charset
    if plural:
        header += 'Plural-Forms: nplurals=3; plural=%s;\n' % plural
    header += 'Language: xx\nX-Multi: first\n continued\n'
    items = sorted([('', header)] + list(messages.items()))
    keys = b''
    vals = b''
    koffsets = []
    voffsets = []
    for k, v in items:
        kb = k.encode(charset)
        vb = v.encode(charset)
        koffsets.append((len(kb), len(keys)))
        keys += kb + b'\0'
        voffsets.append((len(vb), len(vals)))
        vals += vb + b'\0'
    n = len(items)
    fmt = '>' if big_endian else '<'
    start = 7 * 4 + 16 * n
    out = struct.pack(fmt + 'Iiiiiii', 0x950412de, 0, n, 7 * 4, 7 * 4 + 8 * n, 0, 0)
    for ln, off in koffsets:
        out += struct.pack(fmt + 'ii', ln, start + off)
    for ln, off in voffsets:
        out += struct.pack(fmt + 'ii', ln, start + len(keys) + off)
    return out + keys + vals


PL = 'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2'
mo = make_mo({'hello': 'bonjour', 'apple\0apples': 'pomme\0pommes\0pommesss',
              'ctx\x04menu': 'le menu', 'ctx\x04file\0files': 'fichier\0fichiers\0fichierss',
              'café': 'kaffee'}, plural=PL)
t = gettext.GNUTranslations(io.BytesIO(mo))
print(t.gettext('hello'), t.gettext('missing'), t.gettext('apple'), t.gettext('café'))
print([t.ngettext('apple', 'apples', n) for n in (0, 1, 2, 5, 11, 21, 22, 25, 111)])
print(t.pgettext('ctx', 'menu'), t.pgettext('ctx', 'nope'), t.pgettext('other', 'menu'))
print([t.npgettext('ctx', 'file', 'files', n) for n in (1, 2, 5)], t.npgettext('x', 'a', 'b', 1))
print(sorted(t.info().items()), t.charset())
t.add_fallback(gettext.NullTranslations())
print(t.gettext('zzz'), t.ngettext('zzz', 'zzzs', 3))
show('bad magic', lambda: gettext.GNUTranslations(io.BytesIO(b'\0' * 40)))
show('big endian', lambda: gettext.GNUTranslations(io.BytesIO(b'\x95\x04\x12\xde' + b'\0' * 16)).gettext('x'))
for expr in ['n != 1', 'n>1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '(n%10==1 && n%100!=11) ? 0 : 1',
             'n == 0 || n == 1 ? 0 : 1', '!n', '!n == 1', 'n < 2 < 3', 'n == 1 == 1', 'n && 5', '(n)? (2):3',
             'n/3', 'n>=3 ? n%2 ? 1 : 2 : 0', '!!(n-1)']:
    f = gettext.c2py(expr)
    print(expr, [f(i) for i in range(0, 30, 3)])
for bad in ['n +', '(n', 'n)', 'x', 'n ; 1', 'n ? 1', '1' * 1001, 'n $ 2']:
    show('c2py %r' % bad[:12], lambda: gettext.c2py(bad)(1))
show('plural float', lambda: gettext.c2py('n != 1')(1.5))
show('plural str', lambda: gettext.c2py('n != 1')('x'))

root = '/tmp/minipy_conf_stdlib4_gettext'
shutil.rmtree(root, ignore_errors=True)
os.makedirs(os.path.join(root, 'fr', 'LC_MESSAGES'))
os.makedirs(os.path.join(root, 'de', 'LC_MESSAGES'))
with open(os.path.join(root, 'fr', 'LC_MESSAGES', 'app.mo'), 'wb') as f:
    f.write(mo)
with open(os.path.join(root, 'de', 'LC_MESSAGES', 'app.mo'), 'wb') as f:
    f.write(make_mo({'hello': 'hallo', 'only-de': 'nur deutsch'}))
print(gettext.find('app', root, ['fr']) == os.path.join(root, 'fr', 'LC_MESSAGES', 'app.mo'))
print(gettext.find('app', root, ['es']), len(gettext.find('app', root, ['fr', 'de'], all=True)))
tr = gettext.translation('app', root, ['fr', 'de'])
print(type(tr).__name__, tr.gettext('hello'), tr.gettext('only-de'), tr.gettext('none'))
show('no translation', lambda: gettext.translation('app', root, ['es']))
print(type(gettext.translation('app', root, ['es'], fallback=True)).__name__)
print(gettext.bindtextdomain('app', root) == root, gettext.textdomain(), gettext.textdomain('app'))
print(gettext.dgettext('app', 'hello'), gettext.dgettext('nodomain', 'hello'), gettext.gettext('hello'),
      gettext.ngettext('apple', 'apples', 3), gettext.pgettext('ctx', 'menu'),
      gettext.npgettext('ctx', 'file', 'files', 1), gettext.dngettext('nodomain', 'a', 'b', 2))
gettext.textdomain('messages')
nt.install()
print(_('installed'))
t.install(names=['ngettext'])
import builtins
print(_('hello'), builtins.ngettext('apple', 'apples', 2))
del builtins._, builtins.ngettext
print(gettext.Catalog is gettext.translation)

# ---- mimetypes (a MimeTypes() starts from the built-in tables only)
m = mimetypes.MimeTypes()
for name in ['index.html', 'a.HTM', 'photo.JPG', 'x.tar.gz', 'x.tgz', 'x.svgz', 'data.json', 'a.py',
             'noext', 'archive.tar.bz2', 'x.Z', 'x.gz', 'song.mp3', 'http://h/p/page.css?x=1',
             'data:text/csv;base64,xx', 'data:,hello', 'data:foo', 'x.rtf', 'x.xul', 'a.b.c.txt',
             'file.unknownext']:
    print(name, m.guess_type(name), m.guess_type(name, strict=False))
for t_ in ['text/plain', 'TEXT/HTML', 'image/jpeg', 'application/json', 'audio/mpeg', 'nope/nope',
           'application/rtf', 'text/xul']:
    print(t_, m.guess_extension(t_), m.guess_all_extensions(t_), m.guess_extension(t_, strict=False),
          m.guess_all_extensions(t_, strict=False))
m.add_type('application/x-mine', '.mine')
m.add_type('application/x-mine', '.mn', strict=False)
print(m.guess_type('f.mine'), m.guess_all_extensions('application/x-mine', strict=False))
m.readfp(io.StringIO('# comment\ntext/x-test  tst tt2 # trailing\n\napplication/x-two two\n'))
print(m.guess_type('a.tst'), m.guess_type('a.tt2'), m.guess_extension('text/x-test'), m.guess_type('b.two'))
print(mimetypes.guess_type('index.html'), mimetypes.guess_type('x.tar.gz'), mimetypes.inited)
print(len(mimetypes.knownfiles), sorted(mimetypes.suffix_map.items())[:2], mimetypes.encodings_map['.gz'])
print(mimetypes.read_mime_types('/nonexistent/mime.types'))

# ---- filecmp
base = '/tmp/minipy_conf_stdlib4_filecmp'
shutil.rmtree(base, ignore_errors=True)
for d in ('a', 'b', 'a/sub', 'b/sub', 'a/only_a_dir', 'a/CVS', 'b/funny'):
    os.makedirs(os.path.join(base, d))


def write(path, data):
    with open(os.path.join(base, path), 'w') as f:
        f.write(data)


write('a/same.txt', 'same')
write('b/same.txt', 'same')
write('a/diff.txt', 'one')
write('b/diff.txt', 'two')
write('a/difflen.txt', 'short')
write('b/difflen.txt', 'much longer')
write('a/only_a.txt', 'x')
write('b/only_b.txt', 'y')
write('a/funny', 'file here, directory there')
write('a/sub/s.txt', 's')
write('b/sub/s.txt', 's')
write('a/sub/t.txt', 't1')
write('b/sub/t.txt', 't2')
p = lambda x: os.path.join(base, x)
print(filecmp.cmp(p('a/same.txt'), p('b/same.txt')), filecmp.cmp(p('a/diff.txt'), p('b/diff.txt'), shallow=False),
      filecmp.cmp(p('a/difflen.txt'), p('b/difflen.txt')), filecmp.cmp(p('a'), p('b')))
show('cmp missing', lambda: filecmp.cmp(p('a/nope'), p('b/nope')))
print(filecmp.cmpfiles(p('a'), p('b'), ['same.txt', 'diff.txt', 'difflen.txt', 'missing.txt'], shallow=False))
d = filecmp.dircmp(p('a'), p('b'))
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs))
show('bad attr', lambda: d.nonexistent)
d.report_full_closure()
d2 = filecmp.dircmp(p('a'), p('b'), ignore=['sub'], hide=[])
print(d2.left_list, d2.common_dirs)
filecmp.clear_cache()
print(filecmp.DEFAULT_IGNORES, filecmp.dircmp[str])
shutil.rmtree(base)
shutil.rmtree(root)
