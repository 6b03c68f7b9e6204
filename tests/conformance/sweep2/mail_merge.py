# mail merge: string.Template subclasses and a custom string.Formatter
import string

customers = [
    {"first": "Ann", "last": "Lee", "balance": 1234.5, "due": "2024-06-01", "items": ["lamp", "desk"]},
    {"first": "Bo", "last": "Ng", "balance": -20.0, "due": "2024-06-15", "items": []},
    {"first": "Cy", "last": "Ortiz", "balance": 0.0, "due": None, "items": ["chair"]},
]

letter = string.Template("""Dear $first ${last},
Your balance is $$$balance, due ${due}.
Items: $items
""")
for c in customers:
    fields = dict(c, balance=f"{c['balance']:,.2f}", items=", ".join(c["items"]) or "none")
    print(letter.substitute(fields), end="")
    print("---")
print(letter.get_identifiers(), letter.is_valid())
print(letter.safe_substitute(first="Zed"))

class AtTemplate(string.Template):
    delimiter = "@"
    idpattern = r"[a-z][a-z0-9_]*"
    braceidpattern = r"[a-z][a-z0-9_.]*"
sql = AtTemplate("SELECT * FROM @table WHERE id = @{row.id} AND email = 'x@@y.com' -- @Missing")
print(sql.safe_substitute({"table": "users", "row.id": 7}))
try:
    sql.substitute(table="t")
except KeyError as e:
    print("KeyError:", e)
for bad in ["cost: $", "a\nb $5 c", "${}"]:
    t = string.Template(bad)
    try:
        t.substitute()
    except ValueError as e:
        print("ValueError:", e, "| safe:", repr(t.safe_substitute()), t.is_valid())

class CaseSensitive(string.Template):
    flags = 0
    idpattern = r"[a-z]+"
print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))

class BraceOnly(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[a-z]+)\}\} |
      (?P<braced>\b\B) |
      (?P<invalid>)
    )"""
print(BraceOnly("Hello {{name}}, {{{{literal}} and {{oops").safe_substitute(name="Dee"))

class DefaultFormatter(string.Formatter):
    def __init__(self, default="<?>"):
        self.default = default
        self.used = None
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else self.default
        return kwargs.get(key, self.default)
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(str(value).upper(), spec[:-1])
        if value is None:
            return "-"
        return super().format_field(value, spec)
    def check_unused_args(self, used, args, kwargs):
        self.used = sorted(map(str, used))

fmt = DefaultFormatter()
for c in customers:
    print(fmt.format("{first:<4u}|{last!r:>8}|{balance:>10,.2f}|{due}|{items[0]}|{missing}", **dict(c, items=c["items"] or ["-"])))
print(fmt.used)
print(fmt.format("{0} {1} {2}", "only one"), fmt.format("{:>{width}.{prec}f}", 3.14159, width=9, prec=2))
print(list(fmt.parse("Total: {total:,.2f} {{not a field}} {0!s:>5}")))
print(fmt.vformat("{a.real}-{b[k]}", (), {"a": 3 + 4j, "b": {"k": "v"}}))
for bad in ["{", "}", "{0!x}", "{:{:{:{}}}}", "{0} {}"]:
    try:
        print(string.Formatter().format(bad, 1, 2, 3, 4))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(string.capwords(" hello   wide  world "), string.capwords("a-b-c", "-"))
