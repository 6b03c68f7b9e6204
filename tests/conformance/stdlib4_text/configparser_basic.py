# configparser: parsing, DEFAULT, interpolation (basic/extended), mapping API, write, errors.
import configparser
import io
import warnings


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e).replace('\n', ' | '), '| args', e.args)
    else:
        print(label, '->', repr(r))


TEXT = """
# a comment
; another comment
[DEFAULT]
home = /home/user
greeting = hello

[paths]
data = %(home)s/data
cache: %(data)s/cache
percent = 100%%
Multi = first line
   second line

   third after blank
empty =
spaced   =   value with spaces   

[numbers]
i = 42
f = 3.5
b1 = yes
b2 = Off
bad = maybe
 [indented]
k = v
"""
cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print(cp.options('paths'))
for k in cp.options('paths'):
    print(' ', k, '=', repr(cp.get('paths', k)))
print(repr(cp.get('paths', 'cache', raw=True)))
print(cp.get('paths', 'data', vars={'home': '/other'}))
print(cp.getint('numbers', 'i'), cp.getfloat('numbers', 'f'), cp.getboolean('numbers', 'b1'),
      cp.getboolean('numbers', 'b2'))
show('getboolean bad', lambda: cp.getboolean('numbers', 'bad'))
show('getint bad', lambda: cp.getint('paths', 'data'))
show('no section', lambda: cp.get('nope', 'x'))
show('no option', lambda: cp.get('paths', 'nope'))
print(cp.get('nope', 'x', fallback='fb'), cp.get('paths', 'nope', fallback=None),
      cp.getint('numbers', 'zz', fallback=7))
print(cp.has_section('paths'), cp.has_section('DEFAULT'), cp.has_option('paths', 'HOME'),
      cp.has_option('nope', 'x'), cp.has_option(None, 'home'), cp.has_option('', 'greeting'))
print(cp.items('numbers'))
print(cp.items('paths', raw=True)[:2])
print([name for name, proxy in cp.items()])
print(list(cp), len(cp), 'paths' in cp, 'DEFAULT' in cp, 'x' in cp)

# mapping protocol
sec = cp['paths']
print(sec, sec.name, sec.parser is cp, sec['data'], 'data' in sec, 'HOME' in sec, len(sec))
print(list(sec))
print(sec.get('nope'), sec.get('nope', 'dflt'), sec.getint('nope', 5), cp['numbers'].getint('i'),
      cp['numbers'].getboolean('b1'))
sec['new'] = 'added'
print(cp.get('paths', 'new'))
del sec['new']
show('del missing', lambda: sec.__delitem__('new'))
show('getitem missing', lambda: sec['new'])
show('set non-str', lambda: sec.__setitem__('x', 5))
show('section missing', lambda: cp['nope'])
print(cp['DEFAULT']['home'], list(cp['DEFAULT']))
cp['extra'] = {'a': 1, 'B': 'two'}
print(cp.items('extra'))
cp['extra'] = {'c': 3}
print(cp.items('extra', raw=True))
show('del DEFAULT', lambda: cp.__delitem__('DEFAULT'))
del cp['extra']
print(cp.sections())

# modification
cp.add_section('new')
cp.set('new', 'Key', 'value %% here')
print(cp.get('new', 'key'))
show('add dup', lambda: cp.add_section('new'))
show('add DEFAULT', lambda: cp.add_section('DEFAULT'))
show('add non-str', lambda: cp.add_section(5))
show('set bad interp', lambda: cp.set('new', 'k', '100%'))
show('set non-str', lambda: cp.set('new', 'k', 5))
show('set no section', lambda: cp.set('nosec', 'k', 'v'))
print(cp.remove_option('new', 'key'), cp.remove_option('new', 'key'), cp.remove_section('new'),
      cp.remove_section('new'))
show('remove option no section', lambda: cp.remove_option('nosec', 'k'))

# write
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

# interpolation errors
bad = configparser.ConfigParser()
bad.read_string("""
[s]
missing = %(nothere)s
syntax = %(broken
lone = 50% off
loop1 = %(loop2)s
loop2 = %(loop1)s
""")
show('missing', lambda: bad.get('s', 'missing'))
show('syntax', lambda: bad.get('s', 'syntax'))
show('lone', lambda: bad.get('s', 'lone'))
show('loop', lambda: bad.get('s', 'loop1'))
print(bad.get('s', 'lone', raw=True))
e = None
try:
    bad.get('s', 'missing')
except configparser.InterpolationMissingOptionError as exc:
    e = exc
print(e.option, e.section, e.reference, repr(e))

# extended interpolation
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("""
[DEFAULT]
root = /r
[common]
lib = ${root}/lib
[app]
path = ${common:lib}/app
price = $$5
deep = ${path}/x
many = ${a:b:c}
nosuch = ${other:thing}
bad = $oops
""")
for k in ('path', 'price', 'deep'):
    print(k, ex.get('app', k))
show('ext many', lambda: ex.get('app', 'many'))
show('ext nosuch', lambda: ex.get('app', 'nosuch'))
show('ext bad', lambda: ex.get('app', 'bad'))
show('ext set bad', lambda: ex.set('app', 'x', 'a$b'))

# raw parser, options
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = 100%\nref = %(v)s\n")
print(raw.get('s', 'v'), raw.get('s', 'ref'))
raw.set('s', 'num', 5)
print(raw.get('s', 'num'))
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-bdb\nport = 3306\n")
print(nv.items('mysqld'), nv.get('mysqld', 'skip-bdb'))
out = io.StringIO()
nv.write(out)
print(repr(out.getvalue()))
cust = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                                 inline_comment_prefixes=('#', ';'), default_section='common',
                                 empty_lines_in_values=False, strict=False)
cust.read_string("""
[common]
x -> 1
[a]
k -> v # trailing comment
k2 -> a;b ; comment
// full comment
k -> again
url -> http://x#frag  #c
""")
print(cust.sections(), cust.items('a'), cust.default_section)
case = configparser.ConfigParser()
case.optionxform = str
case.read_string("[S]\nCamel = 1\n")
print(case.options('S'))
d = configparser.ConfigParser(defaults={'a': 1, 'B': 'x'}, converters={'list': lambda v: v.split(',')})
d.read_string("[s]\nitems = x,y,z\n")
print(d.defaults(), d.getlist('s', 'items'), d['s'].getlist('items'), sorted(d.converters))
d.read_dict({'t': {'n': 1, 'm': 'x'}, 5: {'k': 'v'}})
print(d.sections(), d.items('t'))
show('read_dict dup', lambda: d.read_dict({'t': {'n': 1, 'N': 2}}))

# parse errors
show('no header', lambda: configparser.ConfigParser().read_string("k = v\n[s]\n"))
show('dup section', lambda: configparser.ConfigParser().read_string("[s]\n[s]\n"))
show('dup option', lambda: configparser.ConfigParser().read_string("[s]\nk=1\nK=2\n"))
show('dup option file', lambda: configparser.ConfigParser().read_string("[s]\nk=1\nk=2\n", source='f.ini'))
show('bad lines', lambda: configparser.ConfigParser().read_string("[s]\nnodelim\n=novalue\nok=1\n"))
show('bad interpolation type', lambda: configparser.ConfigParser(interpolation=5))
p = configparser.ConfigParser()
p.read_file(["[a]\n", "x = 1\n"], source='lines')
print(p.items('a'))
print(p.read(['/nonexistent/file.ini']))
with open('/tmp/minipy_conf_stdlib4.ini', 'w') as f:
    f.write('[file]\nkey = val\n')
print(p.read('/tmp/minipy_conf_stdlib4.ini'), p.get('file', 'key'))
print(p.popitem()[0], p.sections())

# exceptions
print(configparser.DuplicateSectionError('s', 'f', 3), '|', configparser.DuplicateSectionError('s'))
print(configparser.DuplicateOptionError('s', 'o', 'f', 12), '|', configparser.DuplicateOptionError('s', 'o'))
print(repr(configparser.NoSectionError('x')), configparser.NoOptionError('o', 's').args)
pe = configparser.ParsingError('src')
pe.append(3, 'zz')
print(repr(pe), pe.errors, pe.source)
show('parsing both', lambda: configparser.ParsingError('a', 'b'))
show('parsing none', lambda: configparser.ParsingError())
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show('safe', lambda: configparser.SafeConfigParser())
    show('legacy', lambda: configparser.LegacyInterpolation())
    show('readfp', lambda: configparser.ConfigParser().readfp(io.StringIO('')))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.NoSectionError, configparser.Error))
