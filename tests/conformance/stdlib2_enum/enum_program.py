# A small order-processing state machine built on enums.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DONE = auto()

    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Color(StrEnum):
    RED = auto()
    GREEN = 'verde'


class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


orders = [("o1", Priority.HIGH), ("o2", Priority.LOW), ("o3", Priority.MEDIUM)]
for oid, prio in sorted(orders, key=lambda o: o[1], reverse=True):
    s = State.NEW
    trail = [s.name]
    while s is not State.DONE:
        s = s.next()
        trail.append(s.name)
    print(oid, prio.name, int(prio), "->".join(trail))

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority(10), max(Priority))
print([p.value for p in Perm], Perm.READ | Perm.WRITE, repr(Perm.READ | Perm.EXEC))
rw = Perm.READ | Perm.WRITE
print(Perm.WRITE in rw, Perm.EXEC in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(Color.RED, Color.GREEN, Color.RED.upper(), Color('verde'), Color.RED == 'red')
print(list(Opt), repr(Opt.AB), repr(Opt.A | Opt.B), Opt.NONE, repr(~Opt.A), Opt.AB.value)
print(State.__members__.keys(), State['PAID'], State(3))
d = {State.NEW: 'fresh', State.DONE: 'closed'}
print(d[State.NEW], d.get(State.PAID, '?'))
for name, member in State.__members__.items():
    print(f"{name:8}|{member.value:3}|{member!r}|{member!s}|{member}")
try:
    State(99)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Bad(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum('Animal', 'CAT DOG', module=__name__)
print(list(Animal), Animal.CAT.value, Animal(2))
Http = IntEnum('Http', [('OK', 200), ('NOT_FOUND', 404)])
print(Http.OK, repr(Http.NOT_FOUND), Http(404).name, f"{Http.OK:>5}")
