# String slicing with steps and out-of-range bounds
s = "0123456789"
specs = [(None, None, None), (2, None, None), (None, 5, None), (2, 8, 2), (None, None, -1),
         (8, 2, -2), (-3, None, None), (None, -3, None), (-1, -8, -3), (100, None, None),
         (-100, 3, None), (5, 5, None), (7, 3, None), (None, None, 3), (9, None, -4), (3, -100, -1)]
for a, b, c in specs:
    print((a, b, c), repr(s[a:b:c]), repr(s[slice(a, b, c)]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
def is_palindrome(t):
    t = "".join(ch.lower() for ch in t if ch.isalnum())
    return t == t[::-1]
for t in ("A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""):
    print(repr(t), is_palindrome(t))
def rotate(t, k):
    k %= len(t) or 1
    return t[k:] + t[:k]
print([rotate("abcdef", k) for k in (0, 1, -1, 8)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
