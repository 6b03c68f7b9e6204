# Iterating over strings and building new ones
s = "Programming"
print(list(s), list(enumerate(s[:3])), [c for c in s if c in "aeiou"])
print("".join(sorted(s)), "".join(sorted(set(s.lower()))), s[::-1].lower())
it = iter("ab")
print(next(it), next(it), next(it, "end"))
vowels = sum(1 for c in s.lower() if c in "aeiou")
print("vowels", vowels, "consonants", len(s) - vowels)
def rle(t):
    if not t:
        return ""
    out, prev, n = [], t[0], 1
    for c in t[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle("x"), rle(""))
def unrle(t):
    out, num = [], ""
    for c in t:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
print(unrle(rle("aaabccddddde")) == "aaabccddddde", unrle("12z"))
print(list(zip("abc", "12345")), list(map(str.upper, "abc")), "-".join(map(str, range(4))))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "abé"))
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(dict.fromkeys("hello"), list(reversed("abc")))
