# find/index/count/startswith/endswith/replace
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.find("", 100))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1))
print(s.startswith("quick", 4), s.find("o", 13, 20), s.count("o", 20))
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("", "-"), "abc".replace("b", ""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("naïve café".find("é"), "日本語テキスト".index("テ"), "日本語".count("本"))
print("x" in s, "quick" in s, "" in s, "Quick" not in s)
print("Mississippi".replace("ss", "SS", 1), "banana".rfind("an"), "banana".rfind("an", 0, 3))
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
