# Inventory with dataclasses: ordering, defaults, post-init, asdict, replace, frozen.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
import dataclasses


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def value(self):
        return self.price * self.qty


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    location: Location = field(default_factory=lambda: Location(1))
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.capacity = 100 * scale

    def add(self, item):
        self.items[item.name] = item

    def total(self):
        return sum(i.value for i in self.items.values())


w = Warehouse("main", scale=3)
print(w)
print(w.capacity)
for args in [("bolt", 0.25, 400), ("nut", 0.1, 1000, ["metal"]), ("gear", 12.5, 7), ("belt", 8.0)]:
    w.add(Item(*args))
for it in sorted(w.items.values()):
    print(it, it.value)
print(max(w.items.values()))
print(Item("a", 1.0, 2) < Item("b", 1.0, 3))
print(Item("a", 1.0, 2) == Item("a", 1.0, 2))
print(f"{w.total():.2f}")

gear = w.items["gear"]
print(asdict(gear))
print(astuple(gear))
g2 = replace(gear, qty=10)
print(g2, g2.sort_index)
print([f.name for f in fields(Item)])
print([(f.name, f.init, f.repr) for f in fields(Item)])

loc = Location(3, "C")
print(loc, hash(loc) == hash(Location(3, "C")))
try:
    loc.aisle = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del loc.shelf
except dataclasses.FrozenInstanceError as e:
    print(e)
print(replace(loc, shelf="Z"))
print(asdict(w))

try:
    Item("x")
except TypeError as e:
    print(e)
try:
    Item("x", 1, 2, [], 5)
except TypeError as e:
    print(e)
try:
    replace(gear, sort_index=1)
except ValueError as e:
    print(e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

try:
    @dataclass
    class Bad2:
        xs: list = []
except ValueError as e:
    print(e)

print(dataclasses.is_dataclass(w), dataclasses.is_dataclass(Warehouse), dataclasses.is_dataclass(3))

P = dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = P(3, -4)
print(p, p.norm(), P.__name__)


@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list, compare=False)


print(Node(1) == Node(1), Node.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False, default="")


print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1, "x") == Key(1, "y"))
print(repr(Key))
