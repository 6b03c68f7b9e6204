# Miscellaneous str operations: comparison, multiplication, membership, translate
print("apple" < "banana", "Zebra" < "apple", "a" < "aa", "" < "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["b", "A", "a"], key=str.lower))
print("ab" * 3, 3 * "-", "x" * 0, "x" * -1)
tbl = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(tbl), tbl == {97: 120, 98: 121, 99: 122, 100: None})
print("hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1"}))
print(str(123), str(None), str([1, "a"]), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"\xff", "latin-1"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é€".encode("ascii", "backslashreplace"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
s = "counter"
freq = {}
for ch in s:
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items()), max(freq, key=freq.get))
print(len("") == 0, "abc"[len("abc") - 1], "abc"[-3], min("bca"), list("hi"), tuple("hi"))
print("%s" % "ok", "a".__add__("b"), "a".__mul__(3), "abc".__contains__("b"), "abc".__len__())
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
