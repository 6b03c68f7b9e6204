from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass
import dataclasses
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), Point.__init__.__qualname__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "rc")]
print(sorted(vs), max(vs), Version(1, 2) == Version(1, 2, 0, "x"))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1)}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    tag: ClassVar[str] = "inv"

    def add(self, item, n=1):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + n
        self.total += n

a = Inventory("a"); b = Inventory("b")
a.add("apple", 3); a.add("pear")
print(a, b, a.counts, Inventory.tag, [f.name for f in fields(a)])
print(asdict(a), astuple(Point(5, 6)))

@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale; self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3, scale=2)
print(r, replace(r, w=1, scale=1.0), [f.name for f in fields(Rect)])

@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1

print(Opts("x", verbose=True), Opts("y", level=3))
try:
    Opts("x", True)
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(is_dataclass(tree), is_dataclass(Node), is_dataclass(3), Point.__match_args__)
match Point(0, 5):
    case Point(0, y):
        print("on y axis at", y)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), hash(Ident(1)) is not None)
print(Point.__hash__, p.__eq__(3))

@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Derived(Base):
    c: int = 3
print(Derived(1), Derived(1, c=5))
P2 = dataclasses.make_dataclass("P2", [("x", int), ("y", int, field(default=4))])
print(P2(1), P2(1, 2) == P2(1, 2))
