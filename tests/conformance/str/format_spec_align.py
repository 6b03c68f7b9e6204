# Format mini-language: fill, align, sign, width, zero
vals = [42, -42, 0, 3.5, -3.5]
for v in vals:
    print(f"[{v:<8}] [{v:>8}] [{v:^8}] [{v:=8}] [{v:08}] [{v:+08}] [{v:*^9}] [{v:x<+7}]")
for v in (7, -7):
    print(format(v, " "), format(v, "+"), format(v, "-"), format(v, " 5"), format(v, "=+6"), format(v, "0=6"))
for s in ("abc", "é", ""):
    print(f"[{s:<5}] [{s:>5}] [{s:^5}] [{s:-^6}] [{s:.2}] [{s:5.1}]")
try:
    format("abc", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ",s")
except ValueError as e:
    print("ValueError:", e)
print(format(123, ""), format("x", ""), format(None, ""), format(True, ">5"), format(True, ""))
