# split, rsplit, splitlines, partition, join
print("a,b,,c".split(","), "a b  c\t\nd".split(), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1), "a,b".split(",", 0))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b", "c"]), "".join(reversed("hello")), ", ".join(str(i) for i in range(5)), "x".join(""))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
csv = """name,age,city
Alice,30,Paris
Bob,25,Berlin
Carol,35,Rome"""
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
for r in body:
    rec = dict(zip(header, r))
    print(f"{rec['name']:<6}|{int(rec['age']):>4}|{rec['city']:^8}|")
print(" | ".join(f"{h.upper()}" for h in header))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h".splitlines())
print("one  two".split(" "), "1 2 3".split(maxsplit=1))
