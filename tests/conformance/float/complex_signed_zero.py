# complex(real, imag) keeps signed zeros
for a in [(0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0), (1j, -0.0), (-0.0,), (1+2j, -0.0), (0.0, 1j)]:
    z = complex(*a)
    print(a, z, repr(z.real), repr(z.imag))
