# Realistic generator pipeline: parse log lines
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 80%
2024-01-02 ERROR disk full
2024-01-02 INFO retry
# comment
2024-01-03 ERROR network down

2024-01-03 INFO recovered"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def non_blank(lines):
    return (l for l in lines if l.strip() and not l.startswith("#"))
def parse(lines):
    for l in lines:
        date, level, msg = l.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
recs = list(parse(non_blank(read_lines(LOG))))
print(len(recs))
for r in only("ERROR", recs):
    print(r["date"], r["msg"])
by_day = {}
for r in recs:
    by_day.setdefault(r["date"], []).append(r["level"])
print(by_day)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked("abcdefg", 3)))
