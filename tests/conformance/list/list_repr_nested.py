# repr of nested/heterogeneous lists
items = [1, "two", 3.0, None, True, [4, [5]], (6,), {"k": [7]}, {8}, b"9", -0.0, 1e100, "q'uote", 'd"q']
print(items)
print(repr(items) == str(items), len(repr(items)))
print([[]], [[], []], [()], [""], [" "], ["\n"], ["é"], ["\x00"])
a = [1]
a.append(a)
b = [a, a]
print(a, b)
print([1, 2, 3].__repr__(), list.__len__([1, 2]), [].__class__.__name__)
print(str([1.5, float("inf"), float("nan")]), [1 + 2j])
