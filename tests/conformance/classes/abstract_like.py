# Abstract-style base classes (no abc module) and polymorphism
class Animal:
    sound = None
    def __init__(self, name): self.name = name
    def speak(self):
        if self.sound is None:
            raise NotImplementedError(f"{type(self).__name__} must define sound")
        return f"{self.name} says {self.sound}"
    def __str__(self): return f"{type(self).__name__}({self.name})"
class Dog(Animal): sound = "woof"
class Cat(Animal): sound = "meow"
class Fish(Animal): pass
for a in [Dog("rex"), Cat("tom"), Fish("nemo")]:
    try:
        print(a, "->", a.speak())
    except NotImplementedError as e:
        print(a, "->", type(e).__name__, e)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return f"Stack({self._items})"
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.pop(), s)
class LimitedStack(Stack):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def push(self, x):
        if len(self) >= self.limit:
            raise OverflowError("stack full")
        return super().push(x)
ls = LimitedStack(2)
ls.push("a").push("b")
try:
    ls.push("c")
except OverflowError as e:
    print("OverflowError:", e, ls)
