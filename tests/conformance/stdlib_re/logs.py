# Log parsing: named groups, groupdict, finditer, MULTILINE anchors, Counter-free tallies.
import re

LOG = """\
2024-01-05 10:22:01 INFO  [web] GET /index.html 200 0.012s
2024-01-05 10:22:03 WARN  [web] GET /missing 404 0.002s
2024-01-05 10:23:10 ERROR [db] connection reset by peer (retry=3)
2024-01-05 10:24:00 INFO  [web] POST /api/items 201 0.120s
2024-01-05 10:25:42 DEBUG [cache] hit ratio=0.93
2024-01-05 10:26:00 ERROR [web] GET /api/items/7 500 1.502s
"""

line_re = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$", re.M)
print(line_re)
print(line_re.groups, sorted(line_re.groupindex.items()))
levels = {}
for m in line_re.finditer(LOG):
    levels[m["level"]] = levels.get(m["level"], 0) + 1
    print(m.group("time", "level"), m.span("msg"), m.lastgroup, m.lastindex)
print(sorted(levels.items()))

req = re.compile(r"(GET|POST) (\S+) (\d{3}) ([\d.]+)s")
for method, path, status, secs in req.findall(LOG):
    print(method.ljust(5), path.ljust(16), int(status), float(secs))

m = req.search(LOG)
print(m)
print(m.groups(), m.start(2), m.end(2), m.regs[0])
print(m.expand(r"\2 -> \3 (\g<1>)"))
print(re.findall(r"^\S+ \S+ ERROR", LOG, re.MULTILINE))
print(re.findall(r"\d+$", "line 1\nline 22\nline 333"))
print(re.findall(r"\d+$", "line 1\nline 22\nline 333", re.M))
print(re.search(r"retry=(\d+)", LOG).group(1))
print([m.group(0) for m in re.finditer(r"\b\w+=[\d.]+", LOG)])
d = re.match(r"(?P<k>\w+)=(?P<v>\w+)?", "key=").groupdict("none")
print(d)
print(re.match(r"(a)(b)?", "ac").groups("-"))
mm = re.match(r"((a)b)(c)", "abc")
print(mm.lastindex, mm.group(1, 3), mm[2])
mm = re.match(r"((a)b)", "ab")
print(mm.lastindex)
print(re.compile(r"\d+").search("abc 123 def", 5))
print(re.compile(r"\d+").search("abc 123 def", 0, 5))
print(re.compile(r"^\d").match("a1", 1), re.compile(r"\d").match("a1", 1))
print(re.compile("$").search("ab\n"), re.compile("a$").search("a\n"))
