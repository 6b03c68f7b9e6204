from typing import *
import typing
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V', bound=int); C = TypeVar('C', covariant=True)
print(T, V, C, Any, Optional[int], Union[int, str], Union[int, None, int], Union[int], List[int], Dict[str, List[int]])
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[int, str], Literal['a', 1], Final[int], ClassVar[List[int]])
print(List, Dict, Iterable[int], Iterator[str], Generator[int, None, None], Sequence[T], Mapping[K, V], Type[int], Set[int], FrozenSet[str])
print(Optional[List[int]], Union[List[int], Dict[str, int], None], typing.Deque[int], typing.DefaultDict[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Iterable))
try: isinstance([], List[int])
except TypeError as e: print("TypeError:", e)
try: isinstance(1, Any)
except TypeError as e: print("TypeError:", e)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
print(Pair[str, int], Pair[str, int]("a", 1).k)
class IntStack(Stack[int]): pass
print(IntStack.__parameters__, IntStack.__mro__[1].__name__)

class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = "eng"
    def badge(self) -> str:
        return f"{self.name}#{self.id}"
e = Employee("Guido")
print(e, e.badge(), e._asdict(), Employee._fields, Employee.__annotations__, e[0], Employee._field_defaults)
E2 = NamedTuple('E2', [('a', int), ('b', str)])
print(E2(1, 'x'), E2._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as ex: print("TypeError:", ex)

class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, sorted(Movie2.__optional_keys__), Movie2.__total__)
Pt = TypedDict('Pt', {'x': int, 'y': int})
print(Pt(x=1, y=2))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class Drawable(Protocol):
    def draw(self) -> str: ...
class Sq:
    def draw(self) -> str: return "sq"
def render(d: Drawable) -> str: return d.draw()
print(render(Sq()))

UserId = NewType('UserId', int)
print(UserId(5), UserId, type(UserId(5)))
print(cast(int, "x"), cast("List[int]", 3), TYPE_CHECKING)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x * 2
print(f(2), f("a"))

class Node:
    val: int
    next: Optional['Node']
    tags: 'List[str]'
def g(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(get_type_hints(Node))
print(get_type_hints(g))
print(Annotated[int, "meta"], get_args(Annotated[int, "m1", "m2"]))
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(typing.Text, typing.AnyStr, NoReturn, ClassVar, Optional)
def h(x: "int | None") -> List["Node"]: pass
print(get_type_hints(h))
try:
    List[int]([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
