# Case methods and predicates
words = ["hello", "WORLD", "Hello World", "hELLO wORLD", "ß", "ǅungla", "123abc", "", "o'neil's bar", "İ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "  ", "", "Title Case", "٣", "½", "²", "a b"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(),
          t.isspace(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isascii(), t.isprintable())
print("ß".upper(), len("ß".upper()), "ﬁ".upper())
