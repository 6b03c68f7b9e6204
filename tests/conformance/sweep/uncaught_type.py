# A report builder that fails with an uncaught TypeError deep in a call chain.
def fmt_row(name, qty, price):
    return f"{name:<10}{qty:>4}{price:>10.2f}"


def build(rows):
    lines = [fmt_row(*r) for r in rows]
    total = sum(r[1] * r[2] for r in rows)
    lines.append("-" * 24)
    lines.append(f"{'TOTAL':<14}{total:>10.2f}")
    return "\n".join(lines)


print(build([("pen", 3, 1.5), ("book", 1, 12.0)]))
for bad in [("x", 1), ("x", 1, 2, 3), ("x", "2", 1.0)]:
    try:
        print(build([bad]))
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)


def outer(data):
    return middle(data, scale=2)


def middle(data, *, scale):
    return [inner(x, scale) for x in data]


def inner(x, scale):
    return x * scale + 1


print(outer([1, 2, 3]))
print(outer(["a", "b"]))
