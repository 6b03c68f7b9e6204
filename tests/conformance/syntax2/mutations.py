# Systematic damage to a small valid program (deleted / inserted characters):
# every resulting SyntaxError must match CPython's type, message and position.
import warnings

PROGRAM = '''\
import sys
from collections import defaultdict  # grouping


class Inventory:
    """Items by category."""

    def __init__(self, items=None):
        self.items = defaultdict(list)
        for name, cat in (items or []):
            self.add(name, cat)

    def add(self, name, category="misc"):
        if not name:
            raise ValueError(f"bad name: {name!r}")
        self.items[category].append(name)
        return len(self.items[category])

    def report(self):
        lines = [f"{k}: {', '.join(sorted(v))}" for k, v in self.items.items()]
        return "\\n".join(lines) if lines else "(empty)"


def main(argv):
    inv = Inventory([("apple", "fruit"), ("kale", "veg")])
    total = sum(inv.add(a) for a in argv[1:])
    while total > 3:
        total -= 1
    else:
        print(inv.report(), total)
    try:
        return {"ok": True, "n": total}
    except (KeyError, IndexError) as exc:
        return None
    finally:
        pass


if __name__ == "__main__":
    main(sys.argv)
'''

INSERTS = "([{)]}:,=.'\"#\\ \t\n@*"


def show(label, src):
    try:
        compile(src, "<mut>", "exec")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


warnings.simplefilter("ignore")
compile(PROGRAM, "<mut>", "exec")
for i in range(0, len(PROGRAM), 5):
    show("del %d" % i, PROGRAM[:i] + PROGRAM[i + 1:])
for n, i in enumerate(range(2, len(PROGRAM), 9)):
    ch = INSERTS[n % len(INSERTS)]
    show("ins %d %r" % (i, ch), PROGRAM[:i] + ch + PROGRAM[i:])
