# Truth value testing of builtin types
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", "0", " ", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, frozenset(), None, True, False, range(0), range(1),
          b"", b"\x00", bytearray()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(sum(bool(v) for v in values), len(values))
print(bool(float("nan")), bool(float("inf")), bool(-0.0))
