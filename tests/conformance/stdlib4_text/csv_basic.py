# csv: reader/writer state machine, dialects, DictReader/DictWriter, Sniffer, errors.
import csv
import io


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__module__ + '.' + type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


def rows(lines, **kw):
    return list(csv.reader(lines, **kw))


def out(rowlist, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    rets = [w.writerow(r) for r in rowlist]
    return s.getvalue(), rets


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.__all__))
print(csv.list_dialects())

# ---- reading
show('plain', lambda: rows(['a,b,c\r\n', '1,2,3\n', 'x,y\r', 'last']))
show('quoted', lambda: rows(['"a,b","c""d",e\n', '"multi\n', 'line",z\n']))
show('empty lines', lambda: rows(['', '\n', '\r\n', 'a\n', ',\n', ',,\n']))
show('unterminated', lambda: rows(['a,"b']))
show('strict eof', lambda: rows(['a,"b'], strict=True))
show('strict quote', lambda: rows(['a,"b"c'], strict=True))
show('lenient quote', lambda: rows(['a,"b"c,d']))
show('cr inside', lambda: rows(['a\rb,c']))
show('bytes', lambda: rows([b'a,b']))
show('nul', lambda: rows(['a\x00b,c']))
show('nonnumeric', lambda: rows(['1,"2",,3.5,-4e2'], quoting=csv.QUOTE_NONNUMERIC))
show('nonnumeric bad', lambda: rows(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
show('skipinitialspace', lambda: rows(['a, b,  "c d", e'], skipinitialspace=True))
show('escapechar', lambda: rows(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\'))
show('escaped newline', lambda: rows(['a\\\n', 'b,c\n'], escapechar='\\'))
show('quote none', lambda: rows(['"a,b",c'], quoting=csv.QUOTE_NONE))
show('nodoublequote', lambda: rows(['"a""b",c'], doublequote=False))
show('semicolon', lambda: rows(["a;'b;c';d"], delimiter=';', quotechar="'"))
show('tab dialect', lambda: rows(['a\tb\t"c\td"'], dialect='excel-tab'))
show('unicode', lambda: rows(['é,"ü,ß",日本']))
show('unicode delimiter', lambda: rows(['aébéc'], delimiter='é'))
r = csv.reader(['a,b\n', '"c\n', 'd",e\n'])
print(next(r), r.line_num)
print(next(r), r.line_num)
show('exhausted', lambda: next(r))
r = csv.reader(['a,"b\n'], strict=True)
show('strict next', lambda: next(r))
print(r.line_num)
print(type(r).__name__, type(r).__module__, isinstance(r.dialect, csv.Dialect))

old = csv.field_size_limit()
print('limit', old, csv.field_size_limit(4), csv.field_size_limit())
show('limit ok', lambda: rows(['abcd,e']))
show('limit over', lambda: rows(['abcde,f']))
show('limit quoted', lambda: rows(['"abcde"']))
csv.field_size_limit(old)
show('limit type', lambda: csv.field_size_limit('x'))
show('limit nargs', lambda: csv.field_size_limit(1, 2))

# ---- writing
show('write basic', lambda: out([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', 1, 2.5, None, True, '', ' x ']]))
show('write lineterminator', lambda: out([['a\rb'], ['a\nb']], lineterminator='\n'))
show('write single empty', lambda: out([[''], [], [None]]))
show('write none single empty', lambda: out([['']], quoting=csv.QUOTE_NONE))
show('write none two empty', lambda: out([['', '']], quoting=csv.QUOTE_NONE))
show('write none needs escape', lambda: out([['a,b']], quoting=csv.QUOTE_NONE))
show('write none escape', lambda: out([['a,b"c\\d']], quoting=csv.QUOTE_NONE, escapechar='\\'))
show('write escape', lambda: out([['a,b"c\\d', 'p\\q']], escapechar='\\'))
show('write escape nodq', lambda: out([['a,b"c\\d']], escapechar='\\', doublequote=False))
show('write nodq noesc', lambda: out([['a"c']], doublequote=False))
show('write nonnumeric', lambda: out([[1, 'a', 2.0, None, True, 1 + 2j, '']], quoting=csv.QUOTE_NONNUMERIC))
show('write all', lambda: out([[1, 'a', None]], quoting=csv.QUOTE_ALL))
show('write not iterable', lambda: out([5]))
show('write string row', lambda: out(['abc']))
show('write space delim', lambda: out([['a b', ' x']], delimiter=' '))
show('write quotechar', lambda: out([["a'b", 'c"d']], quotechar="'"))
show('write unix', lambda: out([['a', 1]], dialect='unix'))
show('write unicode', lambda: out([['é', 'a;b', 'ü"x']], delimiter=';'))


class Boom:
    def __str__(self):
        raise ValueError('boom')


show('write str error', lambda: out([[Boom()]]))
s = io.StringIO()
w = csv.writer(s)
print(w.writerows([['a'], ['b', 'c']]), repr(s.getvalue()))
show('writerows bad', lambda: w.writerows(5))
show('writerow nargs', lambda: w.writerow())
print(w.dialect.delimiter, repr(w.dialect.lineterminator), type(w).__name__)

# ---- dialects
show('delimiter int', lambda: csv.reader([], delimiter=5))
show('delimiter long', lambda: csv.reader([], delimiter='ab'))
show('delimiter None', lambda: csv.reader([], delimiter=None))
show('quotechar int', lambda: csv.reader([], quotechar=5))
show('quotechar long', lambda: csv.reader([], quotechar='ab'))
show('escapechar long', lambda: csv.reader([], escapechar='ab'))
show('escapechar int', lambda: csv.reader([], escapechar=5))
show('lineterminator None', lambda: csv.reader([], lineterminator=None))
show('lineterminator int', lambda: csv.reader([], lineterminator=5))
show('quoting bad', lambda: csv.reader([], quoting=7))
show('quoting str', lambda: csv.reader([], quoting='a'))
show('quotechar None', lambda: csv.reader([], quotechar=None).dialect.quoting)
show('quotechar None all', lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
show('bad keyword', lambda: csv.reader([], foo=1))
show('unknown dialect', lambda: csv.reader([], 'nope'))
show('no args', lambda: csv.reader())
show('not iterable', lambda: csv.reader(5))
show('no write', lambda: csv.writer(5))
d = csv.get_dialect('excel')
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
show('dialect readonly', lambda: setattr(d, 'delimiter', ';'))
show('get unknown', lambda: csv.get_dialect('x'))
show('unregister unknown', lambda: csv.unregister_dialect('x'))
show('register non-str', lambda: csv.register_dialect(5))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.list_dialects())
show('pipes', lambda: out([['a', 'b']], dialect='pipes'))
show('pipes override', lambda: out([['a', 'b']], dialect='pipes', delimiter=':'))
csv.unregister_dialect('pipes')
print(csv.list_dialects())
show('Dialect()', lambda: csv.Dialect())


class Semi(csv.excel):
    delimiter = ';'


show('class dialect', lambda: out([['a', 'b;c']], dialect=Semi))
show('instance dialect', lambda: rows(['a;b'], dialect=Semi()))


class Bad(csv.Dialect):
    delimiter = 5


show('bad Dialect subclass', lambda: Bad())
print(csv.excel().delimiter, repr(csv.excel_tab().delimiter), repr(csv.unix_dialect.lineterminator))

# ---- DictReader / DictWriter
data = 'name,age,city\nAnn,30,Oslo\n\nBob,25\nCy,40,Rome,extra,more\n'
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO('a,b\n1\n1,2,3\n'), restkey='REST', restval='-')
print(list(dr))
dr = csv.DictReader(['x;y', '1;2'], fieldnames=['p', 'q'], delimiter=';')
print(list(dr), dr.fieldnames)
print(csv.DictReader(io.StringIO('')).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, ['a', 'b', 'c'], restval='?')
print(dw.writeheader())
dw.writerow({'a': 1, 'c': 'x,y'})
dw.writerows([{'b': 2}, {'a': None, 'b': '', 'c': 3}])
print(repr(s.getvalue()))
show('extra field', lambda: dw.writerow({'a': 1, 'zz': 2}))
show('bad extrasaction', lambda: csv.DictWriter(s, ['a'], extrasaction='nope'))
dw = csv.DictWriter(s, ['a'], extrasaction='ignore')
show('ignore extra', lambda: dw.writerow({'a': 1, 'zz': 2}))
show('no class_getitem', lambda: csv.DictReader[int])

# ---- Sniffer
sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n',
               'a;b;c\n1;2;3\n',
               'name\tage\nann\t3\nbob\t4\n',
               '"a","b"\n"1","2"\n',
               "'x'; 'y'\n'1'; '2'\n",
               'a, b, c\n1, 2, 3\n',
               'a:b:c\n1:2:3\n4:5:6\n',
               '"a ""q"" b",c\n1,2\n',
               'id|name\n1|ann\n2|bob\n']:
    d = sn.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, d._name, sn.has_header(sample))
show('sniff fail', lambda: sn.sniff('abc'))
show('sniff delimiters', lambda: sn.sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter)
print(sn.has_header('name,age\nann,3\nbob,4\n'), sn.has_header('1,2\n3,4\n5,6\n'))
