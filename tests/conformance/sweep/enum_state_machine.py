# Enum-driven state machine: Enum, IntEnum, Flag, auto, iteration, repr/str/format.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    def can_go(self, other):
        return other in TRANSITIONS[self]

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.STOPPED},
    State.PAUSED: {State.RUNNING, State.STOPPED},
    State.STOPPED: set(),
}


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


@unique
class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def go(self, target):
        if not self.state.can_go(target):
            raise RuntimeError(f"illegal transition {self.state.name} -> {target.name}")
        self.log.append((self.state, target))
        self.state = target


m = Machine()
for step in ["running", "paused", "running", "stopped", "idle"]:
    try:
        m.go(State.parse(step))
        print("now", m.state)
    except RuntimeError as e:
        print("error:", e)
print(m.log[0])
print(list(State))
print(len(State), State.RUNNING.value, State(3), State["STOPPED"])
print(repr(State.IDLE), str(State.IDLE), f"{State.IDLE}", format(State.IDLE, ""))
print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", f"{Priority.HIGH:>5}", Priority.HIGH + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority.LOW < Priority.HIGH, Priority(5), Priority.MEDIUM == 5)
print(repr(Perm.R | Perm.W), Perm.RW, Perm.R in Perm.RW, Perm.X in Perm.RW)
print(repr(Perm(7)), repr(Perm(0)), list(Perm), bool(Perm(0)))
print(repr(Mode.A | Mode.C), Mode.A | Mode.C, Mode(3), int(Mode.B | Mode.C), repr(Mode(8)))
print(repr(Color.RED), str(Color.RED), f"{Color.GREEN}", Color.RED == "red", Color("green"))
print(State.__members__.keys())
print({s: s.value for s in State})
print(State.RUNNING is State(2), type(State.RUNNING), isinstance(State.IDLE, State))
try:
    State(99)
except ValueError as e:
    print(e)
try:
    State["nope"]
except KeyError as e:
    print(repr(e))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)


class Alias(Enum):
    ONE = 1
    UNO = 1
    TWO = 2


print(list(Alias), Alias.UNO, Alias(1), list(Alias.__members__))
try:
    State.IDLE = 5
except AttributeError as e:
    print(e)
print(State.IDLE.name, State.IDLE._name_, State.PAUSED._value_)
print(hash(State.IDLE) == hash(State.IDLE))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = IntEnum("Shape", [("CIRCLE", 3), ("SQUARE", 4)])
print(Shape.SQUARE * 2, repr(Shape.CIRCLE))
