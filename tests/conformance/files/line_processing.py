# Processing a CSV-like file line by line
import os
path = "/tmp/minipy_conf_line_processing.csv"
rows = [("name", "dept", "salary"), ("ann", "eng", "120"), ("bob", "ops", "90"),
        ("cy", "eng", "110"), ("dee", "sales", "75"), ("eve", "ops", "95")]
with open(path, "w") as f:
    for r in rows:
        print(",".join(r), file=f)
totals = {}
with open(path) as f:
    header = f.readline().strip().split(",")
    for line in f:
        rec = dict(zip(header, line.rstrip("\n").split(",")))
        totals.setdefault(rec["dept"], []).append(int(rec["salary"]))
for dept in sorted(totals):
    s = totals[dept]
    print(f"{dept:<6} n={len(s)} total={sum(s):>4} avg={sum(s) / len(s):7.2f}")
with open(path) as f:
    lines = f.readlines()
print(len(lines), repr(lines[0]), lines[-1].endswith("\n"))
with open(path) as f:
    print(sum(1 for _ in f), [l.split(",")[0] for l in open(path)][1:3])
os.remove(path)
