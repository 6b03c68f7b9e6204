# Text processing with re: groups, named groups, finditer, sub with function, split, flags, verbose.
import re

LOG = """\
2024-01-15 10:23:45 INFO  user=alice action=login ip=192.168.1.10
2024-01-15 10:24:02 WARN  user=bob action=failed_login ip=10.0.0.5
2024-01-15 10:25:13 ERROR user=alice action=upload size=1048576
2024-01-16 08:00:00 INFO  user=carol action=login ip=172.16.0.1
garbage line here
2024-01-16 09:12:30 DEBUG user=bob action=logout
"""

line_re = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>\d{2}:\d{2}:\d{2})\s+
    (?P<level>[A-Z]+)\s+
    (?P<rest>.*)$
""", re.VERBOSE | re.MULTILINE)

for m in line_re.finditer(LOG):
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m.group("date"), m.start(), m.end(), m.span("level"), m.group(3), kv)

m = line_re.search(LOG)
print(m.groupdict())
print(m.groups())
print(m.lastgroup, m.lastindex, repr(m.re.pattern[:10]))
print(bool(re.match(r"\d+", "abc")), re.fullmatch(r"[a-z]+", "abc"))
print(repr(re.search(r"(\d+)-(\d+)?", "12-")))

ips = re.findall(r"ip=((?:\d{1,3}\.){3}\d{1,3})", LOG)
print(ips)
levels = re.findall(r"^\S+ \S+ (\w+)", LOG, flags=re.M)
print(levels)


def redact(m):
    user = m.group(1)
    return "user=" + user[0] + "*" * (len(user) - 1)


print(re.sub(r"user=(\w+)", redact, LOG.splitlines()[0]))
print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", "on 2024-01-15 and 2023-12-31"))
print(re.sub(r"(?P<y>\d{4})", r"<\g<y>>", "1999 and 2000"))
print(re.subn(r"\s+", " ", "a   b \t c\n\nd"))
print(re.sub("a", "b", "aaaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"([,;])", "a,b;c"))
print(re.split(r"\s+", " leading and trailing ", maxsplit=2))
print(re.findall(r"\b[A-Z][a-z]+\b", "Alice met Bob and CAROL in Paris"))
print(re.findall(r"(a)(b)?", "ab a ab"))
print(re.findall(r"colou?r", "Color colour COLOR", re.I))
print(re.escape("1+1=2? [yes]"))
word = re.compile(r"(?i)(\w)\1")
print([m.group() for m in word.finditer("Aardvark bookkeeper Mississippi")])
print(re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe").expand(r"\g<last>, \g<first>"))
print(re.sub(r"^", "> ", "one\ntwo\nthree", flags=re.M))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.S))
print(re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
print([(n, op) for n, op in tokens.findall("3.5 + 4*(2 - 1)")])
print(word.pattern, word.flags & re.I == re.I, word.groups)
pat = re.compile(r"(\w+)@(\w+)\.com")
print(pat.sub(lambda m: m.group(2).upper() + "@" + m.group(1), "x alice@example.com y bob@test.com"))
m = pat.search("mail: joe@site.com!")
print(m.string, m.pos, m.endpos, m.span(), m[0], m[1], m[2])
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
try:
    m.group(5)
except IndexError as e:
    print(e)
print(re.match(r"(?:x)*", "xxxy").end())
print(re.findall(r"[^\W\d_]+", "héllo wörld 123 foo_bar"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.purge() is None, re.I, re.M | re.S)
