# When repr switches to exponent notation
for e in range(-8, 20):
    v = 10.0 ** e
    print(e, repr(v), repr(1.5 * v), repr(-v))
print(1e16, 9999999999999998.0, 1234567890123456.7, 12345678901234567.0)
print(0.0001, 0.00001, 0.000012345, 123e-7)
print(1e-5 * 3, 2.5e-6, 1e100, 1.23e+45)
print(str(1e16), str(1e15), f"{1e16}", f"{1e-5}", "%s" % 1e16, "%r" % 1e-5)
