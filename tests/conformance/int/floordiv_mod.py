# Floor division and modulo with signs
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>4} {b:>22}: q={q} r={r} check={q * b + r == a} divmod={divmod(a, b)}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.5)]:
    print(a, b, a // b, a % b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, "ZeroDivisionError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# clock arithmetic
print([(h + 5) % 12 for h in range(0, 12, 3)], [(h - 5) % 12 for h in range(0, 12, 3)])
