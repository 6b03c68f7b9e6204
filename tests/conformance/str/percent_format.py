# printf-style % formatting
print("%s %d %i %f" % ("x", 42, -7, 3.14159))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%+.0f|%e|%E|%g|%G" % (3.14159, 2.71828, 1.5, 2.5, 12345.678, 0.00012, 1e-10, 1e20))
print("%x|%X|%o|%#x|%#o|%#X|%08x" % (255, 255, 8, 255, 8, 255, 48879))
print("%c%c|%r|%a|%%|%s" % (65, "z", "q'uote", "é", None))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % "solo")
print("%d" % 3.99, "%d" % True, "%x" % -255, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s-%d-%x" % (b"ab", 5, 255), b"%c" % 65)
