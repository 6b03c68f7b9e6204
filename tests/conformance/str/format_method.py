# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=42), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()), "{p.x}".format(p=P))
print("{{literal}} {}".format("v"), "{:>{w}}|".format("r", w=6), "{:{f}{a}{w}}".format(1, f="*", a="^", w=7))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:d} {:5.2f} {:x} {:,}".format(5, 3.14159, 255, 1234567))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                      ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{!x}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{:*^20}".format(" menu "))
items = [("Coffee", 3.5), ("Sandwich", 7.25), ("Cake", 4)]
for n, p in items:
    print("{:<12}{:>8.2f}".format(n, p))
print("{:<12}{:>8.2f}".format("TOTAL", sum(p for _, p in items)))
print("{0:{1}}|".format("ab", 5), "{:{}}|".format("cd", 4), "{:.{}f}".format(3.14159, 3))
print("{0}{1}{0}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}), "x".format(1, 2))
print(str.format("{}-{}", 1, 2), "{:}".format(12), "{}".format(None))
