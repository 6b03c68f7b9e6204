# textwrap and pprint of nested data.
import textwrap
import pprint

TEXT = ("The quick brown fox jumps over the lazy dog. " * 3).strip() + " Supercalifragilisticexpialidocious words are long."
print(textwrap.fill(TEXT, width=30))
print(textwrap.wrap(TEXT, width=25)[:4])
print(textwrap.fill(TEXT, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=50))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=5, placeholder="..."))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 10), textwrap.wrap("abcdefghij klm", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", 10), textwrap.wrap("a-very-long-hyphenated-word here", 10, break_on_hyphens=False))
print(repr(textwrap.dedent("""
    def f():
        return 1
      # odd
    """)))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.indent("a\nb\n", "+ ", lambda line: line.startswith("b")))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [..]")
print(w.fill(TEXT))
print(textwrap.fill("tabs\there\tand\tthere", width=12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Sentence one.  Sentence two. Three", 15, fix_sentence_endings=True))
print(textwrap.wrap("   leading spaces kept", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.fill("short", 10))

data = {
    "users": [
        {"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": ("py", "c", "go")}},
        {"name": "bob", "roles": [], "meta": {"age": 25, "langs": ()}},
    ],
    "settings": {"theme": "dark", "sizes": list(range(30)), "nested": {"a": {"b": {"c": {"d": [1, 2]}}}}},
    "flags": {3, 1, 2},
    "empty": {},
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["settings"], compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=120)
print(pprint.pformat(list(range(40)), width=60))
print(pprint.pformat({"z": 1, "a": [2] * 5, "m": "x" * 70}))
print(pprint.pformat(("tuple", ["with", {"dict": frozenset({1})}]), indent=4, width=20))
long_str = {"text": "lorem ipsum dolor sit amet " * 4}
pprint.pprint(long_str, width=50)
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).replace(str(id(rec)), "ID"))
print(pprint.saferepr(rec).replace(str(id(rec)), "ID"), pprint.isrecursive(rec), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"k%d" % i: [i] * i for i in range(6)})
pprint.pprint([[i * j for j in range(8)] for i in range(8)], width=60)
pprint.pprint({"bytes": b"x" * 50, "tuple1": (1,), "set": set(), "fs": frozenset()}, width=40)
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict(a=1, b=2))
pprint.pprint(defaultdict(list, {"k": [1, 2]}))
pprint.pprint(Counter("mississippi"))
pprint.pprint(deque(range(3), maxlen=5))
pprint.pprint({"c": Counter("abcabc" * 10), "d": deque(range(30))}, width=50)
