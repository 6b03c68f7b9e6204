# Substitutions: templates, group references, callables, count, subn, empty matches.
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@example.com, bob@test.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1b22c333"))
print(re.sub(r"a", r"\n", "banana"))
print(repr(re.sub(r"a", r"\\", "banana")))
print(re.sub(r"(b)?a", r"[\1]", "aba"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 14 pears"))
print(re.subn(r"o", "0", "foo boo zoo"))
print(re.subn(r"o", "0", "foo boo zoo", count=2))
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.sub(r"\b", "|", "hi there"))
print(re.sub("(?i)HELLO", "bye", "Hello hello HELLO"))
print(re.sub("a|(b)", lambda m: m.group(1) or "A", "abcab"))
print(re.sub(r"(\s)\s+", r"\1", "a   b \t c\n\n\nd"))

def camel_to_snake(name):
    s1 = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z0-9])([A-Z])", r"\1_\2", s1).lower()

for n in ["CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake"]:
    print(n, "->", camel_to_snake(n))

counter = [0]
def numbered(m):
    counter[0] += 1
    return "%s%d" % (m.group(0), counter[0])
print(re.sub(r"item", numbered, "item item item"))

template = "Hello {name}, you owe {amount}."
vals = {"name": "Ann", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], template))

p = re.compile(r"(?P<word>\b\w+\b) (?P=word)")
print(p.sub(r"\g<word>", "the the quick brown fox fox jumps"))
print(re.sub(r"(?m)^\s+|\s+$", "", "  line one  \n   line two\t\n"))
print(re.sub(rb"[aeiou]", b"*", b"bytes are fun"))
print(re.sub(rb"(\w+)", rb"<\1>", b"a bc"))
print(re.escape("a.b*c?d+(e)[f]{g}|h^i$j\\k l-m#n&o~p"))
print(re.escape(b"1.5+2"))
print(re.sub(re.escape("$5.00"), "five", "cost: $5.00!"))
m = re.search(r"(\w+) (\w+)", "hello world")
print(m.expand(r"\2 \1 \g<0>"))
for bad in [r"\3", r"\g<x>", r"\g<1", r"\q", r"\g<", r"\g<-1>"]:
    try:
        re.sub(r"(a)(?P<n>b)", bad, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
