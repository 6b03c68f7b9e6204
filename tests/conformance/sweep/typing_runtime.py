# typing at runtime: get_type_hints, TypedDict, NamedTuple, Protocol, Generic, aliases.
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints,
                    runtime_checkable, cast, overload, NewType)
import typing

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=int)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, s.__orig_class__)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__, sorted(Movie2.__optional_keys__), Movie2.__total__, type(m))
print(get_type_hints(Movie2))


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: list = []

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee("guido")
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(id=7), e._asdict(), isinstance(e, tuple))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Door:
    def close(self):
        print("door closed")


class Rock:
    pass


print(isinstance(Door(), Closable), isinstance(Rock(), Closable), issubclass(Door, Closable))


class NotRuntime(Protocol):
    def x(self) -> int: ...


try:
    isinstance(Door(), NotRuntime)
except TypeError as e:
    print(e)


def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> list[str]:
    return [name] * times


print(get_type_hints(greet))
print(greet.__annotations__)


class Config:
    debug: ClassVar[bool] = False
    name: Final = "cfg"
    level: "int"
    callback: Callable[[int, str], bool]


print(get_type_hints(Config))
print(Optional[int], Union[int, str], Union[int, None], Union[int, int], Union[str, Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[..., int], Literal["a", 1], Any)
print(int | str, list[int] | None, type(int | str).__name__, (int | str) == Union[int, str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(tuple[int, str]), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(T, K.__constraints__, N.__bound__, repr(T), T.__name__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, "not really"), cast("List[int]", [1]))
print(isinstance([], typing.Sequence), isinstance({}, typing.Mapping), issubclass(list, typing.Iterable))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    Union[int]()
except TypeError as e:
    print(type(e).__name__)


@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2


print(dbl(2), dbl("ab"))
print(typing.TYPE_CHECKING, Optional[List[int]], Dict[str, Any])


def f(x: "Stack[int]") -> "Employee":
    pass


print(get_type_hints(f))
print(Stack.__mro__)
print(Employee.__mro__)
