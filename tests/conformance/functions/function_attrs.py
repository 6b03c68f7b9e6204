# Function objects: attributes, annotations, docstrings, introspection
def greet(name: str, excited: bool = False) -> str:
    """Return a greeting."""
    return f"Hello, {name}{'!' if excited else '.'}"
print(greet("Ann"), greet("Bo", True))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__)
print(greet.__defaults__, greet.__code__.co_name, greet.__code__.co_argcount)
greet.custom = 42
print(greet.custom, "custom" in greet.__dict__)
class A:
    def method(self): pass
    class Inner:
        def deep(self): pass
def outer():
    def inner(): pass
    return inner
print(A.method.__qualname__, A.Inner.deep.__qualname__, outer().__qualname__, (lambda: 0).__qualname__)
def nodoc(): pass
print(nodoc.__doc__, callable(greet), callable(5), type(greet).__name__)
f2 = greet
print(f2 is greet, f2("Cy"))
def kw(*, a: int = 1, b): pass
print(kw.__kwdefaults__, kw.__annotations__)
