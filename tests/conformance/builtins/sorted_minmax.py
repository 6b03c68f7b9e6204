# sorted, reversed, min, max with key and default
people = [("ann", 32), ("bob", 25), ("cy", 32), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: -p[1]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max([3, 7, 7, 1], key=lambda v: v), max("apple", "fig", "banana", key=len), min("apple", "fig", "kiwi", key=len))
print(max([], default="empty"), min([], default=None), max([5], default=0), max(1, 2, 3), min((4, 2)))
for bad in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(sorted("Hello World"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}.items()))
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(max({"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]), min(range(10), key=lambda v: (v - 4.2) ** 2))
