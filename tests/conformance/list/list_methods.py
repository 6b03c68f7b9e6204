# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.extend(range(2)); print(a)
a.insert(0, 100); a.insert(-1, 200); a.insert(99, 300); a.insert(-99, 400); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 5), a.count(5), a.count(42))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a == b, len(a), b)
for bad in (lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(100), lambda: a.index(5, 0, 1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}))
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
print(a.append(1) is None, a.sort() is None)
