# Realistic text processing: CSV-ish splitting, markdown-ish conversion, word stats, config parsing.
import re

text = """The quick brown fox -- it jumped over the lazy dog!  Then the fox ran.
Numbers: 3.14, 42, -7, 1e10 and 0x1F. Emails: a.b@c.org, x_y@z.co.uk.
"""
words = re.findall(r"[a-z']+", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(re.findall(r"-?\d+(?:\.\d+)?(?:e\d+)?|0x[0-9A-F]+", text))
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"([\w.]+)@([\w.]+)", text))
sentences = re.split(r"(?<=[.!?])\s+", text.strip())
print(sentences)

md = "This is **bold**, this is *italic* and `code`; a [link](http://x.y/z?q=1)."
html = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", md)
html = re.sub(r"\*(.+?)\*", r"<i>\1</i>", html)
html = re.sub(r"`([^`]*)`", r"<code>\1</code>", html)
html = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', html)
print(html)

config = """
# comment
name = demo app
[server]
host=127.0.0.1
port = 8080   ; trailing
debug = true
"""
section = None
conf = {}
for line in config.splitlines():
    line = re.sub(r"\s*[;#].*$", "", line)
    if not line.strip():
        continue
    m = re.fullmatch(r"\[(\w+)\]", line.strip())
    if m:
        section = m.group(1)
        continue
    m = re.match(r"\s*(?P<key>\w+)\s*=\s*(?P<val>.*?)\s*$", line)
    conf[(section or "") + "." + m["key"]] = m["val"]
print(conf)

csvline = 'a,"b,c",d,"e ""quoted""",,f'
fields = [m.group(1) if m.group(1) is not None else m.group(2)
          for m in re.finditer(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))', csvline)]
print(fields)
print(re.sub(r"\s+", " ", "  lots   of\t\twhitespace \n here ").strip())
dates = "2023-01-15, 15/01/2023 and 2024-12-31"
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3.\2.\1", dates))
print([m.span() for m in re.finditer(r"\d+", dates)])
it = re.finditer(r"(?P<y>\d{4})", dates)
print([m.groupdict() for m in it])
ip = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
for cand in ["192.168.0.1", "256.1.1.1", "10.0.0", "1.2.3.4"]:
    print(cand, bool(ip.match(cand)))
print(re.findall(r"(\w)\1", "bookkeeper"), re.sub(r"(\w)\1+", r"\1", "aaabbbcccd"))
print(re.match(r"(?P<h>\d+):(?P<m>\d+)", "12:34").group("m", "h", 0))
m = re.search("(é+)(ü)", "xxééü!")
print(m, m.span(1), m.start(2), m.string[m.end():])
print(re.sub("é", "e", "café é"), re.split("·", "a·b·c"), re.findall(".", "日本"))
