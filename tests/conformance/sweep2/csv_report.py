# csv: reader/writer, DictReader/DictWriter, dialects, quoting
import csv
import io

raw = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Sales,"85,000",2020-07-15
"Carol ""CJ"" Jones",Engineering,135000,2018-01-20
Dan,Marketing,72000,2021-11-02
Eve,Sales,91000,2017-05-30
"""

rows = list(csv.DictReader(io.StringIO(raw)))
print(rows[1])
print(rows[2]["name"])
for r in rows:
    r["salary"] = int(r["salary"].replace(",", ""))

by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["dept", "count", "total", "avg"], lineterminator="\n")
w.writeheader()
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = sum(p["salary"] for p in people)
    w.writerow({"dept": dept, "count": len(people), "total": total, "avg": f"{total / len(people):.2f}"})
print(out.getvalue())

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["text", 1, 2.5, None, 'say "hi"'])
w.writerows([["a,b", 3], ["line\nbreak", -1]])
print(out.getvalue())
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    quoting = csv.QUOTE_MINIMAL
    lineterminator = "\n"
    doublequote = True
    skipinitialspace = True

csv.register_dialect("pipes", Pipes)
out = io.StringIO()
w = csv.writer(out, dialect="pipes")
w.writerow(["a|b", "it's", "plain"])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO("x| 'y|z'| w\n"), dialect="pipes")))
print(sorted(csv.list_dialects()))

tsv = "id\tval\n1\tone\n2\ttwo\n"
for row in csv.reader(io.StringIO(tsv), delimiter="\t"):
    print(row)
for row in csv.DictReader(io.StringIO(tsv), dialect="excel-tab"):
    print(dict(row))

sniff = csv.Sniffer()
d = sniff.sniff("a;b;c\n1;2;3\n")
print(d.delimiter, sniff.has_header("name,age\nbob,3\nann,4\n"))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["a", "b"], restval="?", extrasaction="ignore", lineterminator="\n")
w.writerow({"a": 1, "c": 9})
print(out.getvalue(), end="")
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w2.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError:", e)
try:
    list(csv.reader(io.StringIO('"unterminated\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
r = csv.reader(io.StringIO("a,b\nc,d\n"))
next(r); print(r.line_num, next(r), r.line_num)
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra")
print([dict(x) for x in dr], dr.fieldnames)
