# shlex (split/quote/join, the shlex class in posix/non-posix/punctuation modes) and getopt.
import getopt
import io
import shlex


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


for s in ['a b c', '  leading and trailing  ', 'a "b c" d', "it's \"quoted\"", "a 'b c' d", 'a\\ b c',
          '"a\\"b"', "'a\\'", 'x # comment', 'a"b"c', 'echo "$HOME" \'$HOME\'', 'a\tb\nc', '',
          '"unterminated', "'unterminated", 'trailing\\', 'a=b --x=y -z', 'ü ñ "é è"',
          '"a\\\\b" "c\\$d" "e\\nf"', "''", '""', 'a""b', 'a;b|c&&d>e']:
    show('split %r' % s, lambda: shlex.split(s))
    show('  comments', lambda: shlex.split(s, comments=True))
    show('  non-posix', lambda: shlex.split(s, posix=False))
for s in ['', 'abc', 'a b', "it's", 'a@b%c+=:,./-', '$HOME', 'x\ny', 'é', '*', 'a"b']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'a b', "it's", '', '$x']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))


def tokens(lex):
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            return out
        out.append(t)


for text in ['a && b || (c; d) > out.txt', 'ls|grep x>f 2>&1', 'a=1 b=~/x.y echo $a;']:
    for posix in (False, True):
        for pc in (False, True, '|&'):
            lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
            print(repr(text), posix, pc, tokens(lex))
    lex = shlex.shlex(text, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print('  ws split', list(lex))
lex = shlex.shlex('one two\nthree "four five"\n# comment line\nsix', posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(list(lex), lex.lineno, lex.token, repr(lex.eof))
lex = shlex.shlex(io.StringIO('alpha beta'), infile='f.txt')
print(lex.error_leader(), lex.error_leader('other', 5), lex.get_token(), lex.infile)
lex.push_source('inner source')
print(tokens(lex))
lex = shlex.shlex('a b', posix=False)
print(repr(lex.eof), lex.wordchars[:10], lex.whitespace, lex.quotes, lex.escape, lex.escapedquotes,
      lex.commenters, repr(lex.punctuation_chars))
print(shlex.shlex('x', punctuation_chars='ab').punctuation_chars, shlex.shlex('', posix=True).wordchars[-10:])
lex = shlex.shlex('w1 w2,w3', posix=True)
lex.wordchars += ','
print(list(lex))
show('closing quotation', lambda: list(shlex.shlex('"abc', posix=True)))
show('escaped char', lambda: list(shlex.shlex('abc\\', posix=True)))
print(shlex.__all__)

# getopt
args = ["-a", "-bval", "-c", "x", "--foo", "--bar=1", "--ba", "2", "arg", "-z"]
show('getopt', lambda: getopt.getopt(args, "ab:c:", ["foo", "bar=", "baz"]))
show('getopt stop', lambda: getopt.getopt(["-a", "file", "-b", "1"], "ab:"))
show('gnu_getopt', lambda: getopt.gnu_getopt(["-a", "file", "-b", "1", "--", "-a"], "ab:"))
show('gnu plus', lambda: getopt.gnu_getopt(["-a", "file", "-b", "1"], "+ab:"))
show('long str', lambda: getopt.getopt(["--foo"], "", "foo"))
show('dash', lambda: getopt.getopt(["-", "-a"], "a"))
show('double dash', lambda: getopt.getopt(["-a", "--", "-a"], "a"))
show('long abbrev', lambda: getopt.getopt(["--fo"], "", ["foo", "bar"]))
show('long abbrev arg', lambda: getopt.getopt(["--ba", "v"], "", ["foo", "bar="]))
show('long exact wins', lambda: getopt.getopt(["--foo"], "", ["foo", "foobar"]))
for bad in (["-x"], ["-b"], ["--ba"], ["--fo=1"], ["--foo2"], ["--barr"], ["--bar"]):
    try:
        getopt.getopt(bad, "ab:", ["bar=", "baz", "foo"])
    except getopt.GetoptError as e:
        print(bad, '->', e, '|', e.msg, '|', e.opt, '|', e.args, isinstance(e, getopt.error))
e = getopt.GetoptError('msg')
print(repr(e), str(e), e.opt == '', getopt.__all__)
