# text report generation with format specs and aligned tables
from collections import defaultdict
from datetime import date

sales = [
    ("2024-01-15", "North", "Widgets", 120, 2.50),
    ("2024-01-20", "South", "Gadgets", 15, 19.99),
    ("2024-02-03", "North", "Gadgets", 40, 19.99),
    ("2024-02-11", "East", "Widgets", 300, 2.45),
    ("2024-02-28", "South", "Widgets", 75, 2.50),
    ("2024-03-05", "East", "Doohickeys", 8, 149.00),
    ("2024-03-09", "North", "Doohickeys", 3, 155.50),
    ("2024-03-30", "West", "Gadgets", 62, 18.75),
]

def rule(widths, ch="-", joint="+"):
    return joint + joint.join(ch * (w + 2) for w in widths) + joint

def table(headers, rows, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    out = [rule(widths), "| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |", rule(widths, "=")]
    for r in rows:
        out.append("| " + " | ".join(f"{str(c):{a}{w}}" for c, a, w in zip(r, aligns, widths)) + " |")
    out.append(rule(widths))
    return "\n".join(out)

rows = []
for d, region, product, qty, price in sales:
    rows.append((date.fromisoformat(d).strftime("%b %d"), region, product, f"{qty:,}", f"{price:.2f}", f"{qty * price:,.2f}"))
print(table(["Date", "Region", "Product", "Qty", "Price", "Amount"], rows, "<<<>>>"))

by_region = defaultdict(float)
by_month = defaultdict(lambda: defaultdict(float))
for d, region, product, qty, price in sales:
    by_region[region] += qty * price
    by_month[d[:7]][product] += qty * price
grand = sum(by_region.values())
print()
print(f"{'Region':<8}{'Revenue':>12}{'Share':>8}  Bar")
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / grand
    print(f"{region:<8}{rev:>12,.2f}{share:>8.1%}  {'#' * round(share * 40)}")
print(f"{'TOTAL':<8}{grand:>12,.2f}{1:>8.0%}")

products = sorted({p for _, _, p, _, _ in sales})
print()
print("Month    " + "".join(f"{p:>12}" for p in products) + f"{'Total':>12}")
for month in sorted(by_month):
    vals = [by_month[month].get(p, 0.0) for p in products]
    print(f"{month:<9}" + "".join(f"{v:>12,.2f}" if v else f"{'-':>12}" for v in vals) + f"{sum(vals):>12,.2f}")

print()
print("%-10s|%8s|%-6s|%+.3e" % ("percent", 42, "x", 12345.678))
print("%05d %x %X %o %c %r %a %%" % (42, 255, 255, 8, 65, "q", "é"))
print("%(name)s has %(count)03d items (%(ratio).1f%%)" % {"name": "Ann", "count": 7, "ratio": 12.345})
print("{:*^30}".format(" SUMMARY "), "{0:>{1}}|".format("right", 10), "{:=+10.2f}".format(-3.14159))
print("{:,}".format(10 ** 9), "{:_b}".format(1023), "{:#010x}".format(48879), "{:.3s}|".format("truncate"), "{!r:>8}".format("q"))
print(f"{'left':<10}|{'center':^10}|{'right':>10}|", f"{3.0:g} {3.10:.2f} {1/7:.10f} {-1.5:=8} {42:+08d}")
w, p = 12, 3
print(f"{3.14159265:{w}.{p}f}|{'dyn':{'>'}{w}}|{12:{'0'}{5}}")
items = {"alpha": 1.5, "beta": 22.25, "gamma": 333.125}
width = max(map(len, items))
for k, v in items.items():
    print(f"{k:.<{width + 4}}{v:.>10.2f}")
try:
    f"{'x':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {1}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
