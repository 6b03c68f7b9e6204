# Signed zero
import math
nz = -0.0
print(nz, 0.0 == nz, repr(nz), str(nz), nz is not None)
print(math.copysign(1, nz), math.copysign(1, 0.0), 1 / float("inf") * -1)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0), -(0.0))
print(round(-0.4), round(-0.4, 1), round(-0.04, 1), int(-0.0), -0.0 // 1, -0.0 % 1)
print(f"{-0.0:.1f}", f"{-0.0:+.2f}", "%.1f" % -0.0, format(-0.0, "g"), f"{-0.0:z.1f}" if False else "z-skip")
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.sqrt(-0.0))
print(hash(-0.0) == hash(0.0), {0.0: "a", -0.0: "b"}, {-0.0, 0.0})
print(min(0.0, -0.0), max(0.0, -0.0), sorted([0.0, -0.0]))
print(-1e-400, 1e-400)
print(float("-0"), float("-0.0"), -0.0 == 0)
