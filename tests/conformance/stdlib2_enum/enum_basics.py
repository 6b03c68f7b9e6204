import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto, StrEnum
class Perm(Flag):
    R=4; W=2; X=1
    RWX = 7
print(list(Perm), Perm._member_names_, len(Perm), Perm.R|Perm.W, repr(Perm.R|Perm.W), repr(Perm(0)), str(Perm(0)), repr(~Perm.R))
try: Perm(8)
except Exception as e: print(repr(e))
class P(IntFlag):
    R=4; W=2; X=1
print(repr(P(9)), repr(P(8)), str(P.R|P.W), repr(~P.R), repr(P.R|8), format(P.R), P.R+1)
class C(Enum):
    RED=1; GREEN=2
try: 
    class D(C): A=1
except Exception as e: print(repr(e))
print(C.RED in C)
try:
    class E(Enum):
        A=1; A=2
except Exception as e: print(repr(e))
class M(int, Enum):
    A=1
print(f"{M.A}", str(M.A), repr(M.A), format(C.RED), f"{C.RED:>10}|")
print(C.__members__)
try: C.RED=3
except Exception as e: print(repr(e))
try: C(5)
except Exception as e: print(repr(e))
try: C['x']
except Exception as e: print(repr(e))
try:
    @enum.unique
    class U(Enum):
        A=1; B=1; C=2; D=2
except Exception as e: print(repr(e))
try: C.RED < C.GREEN
except Exception as e: print(repr(e))
print(Enum('Animal', 'ANT BEE'), list(Enum('Animal', 'ANT BEE')), list(Enum('A', [('x', 5)])))
class S(StrEnum):
    A = auto()
print(repr(S.A), str(S.A), f"{S.A}")
class I(IntEnum):
    A=auto(); B=auto()
print(repr(I.B), str(I.B), I.B+1, f"{I.B}", I(2))
print(repr(Perm.RWX), list(Perm.RWX), Perm.R in Perm.RWX, bool(Perm(0)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH   = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__, Shape.default().describe())
print(C.RED.name, C.RED.value, C.RED == C.RED, C.RED == 1, hash(C.RED) == hash('RED'), {C.RED: 1})
class Color(Enum):
    RED = auto(); GREEN = auto(); BLUE = auto()
    @classmethod
    def _missing_(cls, v):
        if isinstance(v, str): return cls[v.upper()]
print(Color('green'), list(reversed(Color)), Color.RED.__class__, type(Color), isinstance(Color.RED, Color))
print(M.A == 1, M.A + 2, I.A < I.B, sorted([I.B, I.A]))
import copy; print(copy.copy(C.RED), copy.deepcopy([C.RED]))
