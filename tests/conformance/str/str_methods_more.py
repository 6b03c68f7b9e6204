# More str methods: encode, isidentifier, format_map, ljust with unicode, count overlap
print("Hello".encode(), "Hé".encode("utf-8"), "Hé".encode("latin-1"), "Hé".encode("utf-16-le"))
print("a{x}b".format_map({"x": 1}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} {missing}".format_map(Default(name="N")))
print("abc".startswith(""), "".startswith(""), "abc".endswith(("x", "c")), "aaa".find("aa", 1))
print("x".join(["1", "2", "3"]), "ab".join("12"), " ".join([]))
print("hello world".title(), "they're bill's".title(), "HELLO".capitalize(), "hELLO".capitalize())
print(str.upper("abc"), str.__len__("abcd"), str.join(",", ["a", "b"]))
print("Tab\tStop".expandtabs(10), "%-5s|" % "ab", "a\u0300".isalpha(), "\t".isprintable())
print("abc".isupper(), "ABC1".isupper(), "1".isupper(), "aBc".islower(), "a1".islower())
print("   ".isspace(), "".isspace(), "\u3000".isspace(), "\x1f".isspace())
print("Ⅷ".isnumeric(), "Ⅷ".isdigit(), "⑦".isdigit(), "⑦".isdecimal(), "7".isdecimal())
print("İstanbul".lower(), len("İ".lower()), "ǈ".istitle(), "ǈ".upper(), "ǈ".lower())
print(str(), str(""), str(1.5), str(-0j), str(()), str(("a",)))
s = "a-b-c"
print(s.split("-", -1), s.rsplit("-", 1), s.partition("-")[2], s.count("-", 2))
print(ord(max("Zz")), chr(0x1F600).encode("utf-8"), "€".encode("utf-8"), len("€".encode()))
