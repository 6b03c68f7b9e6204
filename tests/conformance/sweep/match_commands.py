# Structural pattern matching over commands, shapes and JSON-like data.
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return round(3.14159 * r * r, 3)
        case Rect(w=w, h=h) if w == h:
            return f"square {w * h}"
        case Rect(_, w, h):
            return w * h
        case Point():
            return 0
        case _:
            return None


print([area(s) for s in [Circle(Point(0, 0), 2), Rect(Point(1, 1), 3, 3), Rect(Point(0, 0), 2, 5), Point(1, 2), "x"]])
try:
    area(Circle(Point(0, 0), -1))
except ValueError as e:
    print(e)


def run(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", item, *rest] if rest:
            return f"take {item} and {len(rest)} more: {rest}"
        case ["take", item]:
            return f"take {item}"
        case ["say", *words]:
            return " ".join(words).upper()
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for c in ["", "q", "go north", "go up", "take lamp", "take a b c", "say hi there", "dance now"]:
    print(repr(c), "->", run(c))


def describe(value):
    match value:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *rest]:
            return f"seq starting {x},{y} (+{len(rest)})"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(value).__name__}"


for v in [None, True, 0, -5, 3.5, "", "abc", (1, 2), [1, 2, 3, 4], {"type": "user", "name": "ann", "age": 3},
          {"type": 7}, {"k": 1}, {1, 2}, b"xy", [1]]:
    print(describe(v))


class Color:
    RED = "red"
    GREEN = "green"


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case str(x):
            return f"unknown color {x}"


print(paint("red"), paint("green"), paint("blue"))


def eval_expr(node):
    match node:
        case ("num", n):
            return n
        case ("add", left, right):
            return eval_expr(left) + eval_expr(right)
        case ("mul", left, right):
            return eval_expr(left) * eval_expr(right)
        case ("neg", operand):
            return -eval_expr(operand)
        case unknown:
            raise SyntaxError(f"bad node {unknown!r}")


tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(eval_expr(tree))
try:
    eval_expr(("div", 1, 2))
except SyntaxError as e:
    print(e)
point = Point(3, 4)
match point:
    case Point(x=0, y=0):
        print("origin")
    case Point(x=x, y=0) | Point(x=0, y=x):
        print("on axis", x)
    case Point(x=x, y=y):
        print("elsewhere", x, y)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a + b + c)
try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print(e)
