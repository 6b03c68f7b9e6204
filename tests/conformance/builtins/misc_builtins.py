# Assorted builtins: bool/int/str/list constructors, slice, object, property, super presence
print(bool([]), int("7"), str(7), list("ab"), tuple([1]), dict(a=1), set("aab") == {"a", "b"}, frozenset([1]))
print(slice(3), slice(1, 5, 2).indices(10), type(object()).__name__, object.__name__)
print(isinstance(property(), property), isinstance(staticmethod(len), staticmethod))
print(bytes(2), bytearray(2), memoryview(b"ab").tolist())
print(complex(2), complex(0, -1), complex("1j"), (1 + 2j).conjugate())
print(divmod(7, -2), pow(3, 2), max("abc"), min(3, 1, 2), abs(-7))
print(all(isinstance(f, type(len)) for f in (len, abs, print)), type(print).__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(NotImplemented, Ellipsis, None, True, False)
print(int.__name__, type(int).__name__, list.__mro__, bool.__bases__)
print(str(type), repr(int), repr(type(None)), repr(type(...)))
try:
    object.__init__(o, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    int(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
