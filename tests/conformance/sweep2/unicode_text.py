# unicode text: casefold, normalization, categories, names, digit predicates, width-aware justification
import unicodedata as ud

words = ["Straße", "STRASSE", "ǅemal", "ﬁle", "İstanbul", "ΣΊΣΥΦΟΣ", "Ǆ"]
for w in words:
    print(f"{w!r:14} lower={w.lower()!r:14} upper={w.upper()!r:14} casefold={w.casefold()!r:14} title={w.title()!r} swap={w.swapcase()!r}")
print("Straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ﬃ".upper(), len("İ".lower()))

s = "Café naïve résumé Å"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, len(n), ascii(n)[:60], ud.is_normalized(form, s))
print(ud.normalize("NFKC", "ﬁ ² ½ Ⅻ ｶ ㎞"), ascii(ud.normalize("NFD", "ǖ")))
print("".join(c for c in ud.normalize("NFD", "Crème Brûlée") if not ud.combining(c)))

for ch in ["A", "a", "5", "٣", "Ⅷ", "½", "²", "€", " ", "\t", "中", "😀", "\u0301", "_", "-", "(", "\u200b", "ǅ"]:
    try:
        name = ud.name(ch)
    except ValueError:
        name = "<no name>"
    print(f"U+{ord(ch):04X} {ud.category(ch)} {ud.bidirectional(ch):3} {ud.east_asian_width(ch):2} {ud.combining(ch)} "
          f"dec={ch.isdecimal()!s:5} dig={ch.isdigit()!s:5} num={ch.isnumeric()!s:5} alpha={ch.isalpha()!s:5} "
          f"id={ch.isidentifier()!s:5} print={ch.isprintable()!s:5} {name}")
print(ud.lookup("GREEK SMALL LETTER ALPHA"), ud.lookup("SNOWMAN"), ud.name("\u00e9"), ud.decimal("٣"), ud.digit("²"), ud.numeric("½"), ud.numeric("Ⅷ"))
print(ud.decomposition("é"), ud.decomposition("ﬁ"), ud.mirrored("("), ud.unidata_version)
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
try:
    ud.decimal("x")
except ValueError as e:
    print("ValueError:", e)
print(ud.decimal("x", -1), ud.numeric("a", None))
print(int("٣٤٥"), int("１２"), float("١٫٥".replace("٫", ".")), "٣".isdigit(), "³".isdecimal())
try:
    int("²")
except ValueError as e:
    print("ValueError:", e)

def width(s):
    return sum(2 if ud.east_asian_width(c) in "WF" else 0 if ud.combining(c) else 1 for c in s)
def ljust_w(s, n):
    return s + " " * max(0, n - width(s))
rows = [("apple", "りんご", 120), ("banana", "バナナ", 98), ("cherry", "さくらんぼ", 450), ("e\u0301clair", "エクレア", 300)]
for en, ja, price in rows:
    print(f"|{ljust_w(en, 8)}|{ljust_w(ja, 12)}|{price:>5}|  naive:|{ja:<12}|")
print("中文".center(10, "*"), "ab".center(7, "."), "x".rjust(4, "→"), "é".ljust(3, "-") + "|")
print("ǅ".istitle(), "Hello World".istitle(), "ǆ".title(), "ABC".isupper(), "ᾳ".upper(), "ŉ".upper(), "ﬀ".title())
print("İ".lower().encode("utf-8"), "ß".encode("utf-8"), "€".encode("utf-16-le"), "\U0001f600".encode("utf-16-be"), "\xe9".encode("latin-1"))
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"), b"caf\xc3\xa9".decode())
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"), ascii("日本"), repr("\x00\x7f\u200b\U0001f600"))
print(sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"]), sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"], key=lambda s: ud.normalize("NFD", s).casefold()))
print("a\u0301" == "á", ud.normalize("NFC", "a\u0301") == "á", len("👍🏽"), "👨‍👩‍👧"[::-1] == "👧‍👩‍👨", "Ⅻ".lower(), "ⓐ".upper())
print(" \u3000\xa0x\u2003".strip(), "a\u2028b\x1cc\x85d".splitlines(), "x\u00a0y".split(), "1\u20002".split())
