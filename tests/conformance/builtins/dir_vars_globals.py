# dir of user classes, vars, globals
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    @property
    def upper(self):
        return self.name.upper()
class Dog(Animal):
    legs = 4
    def speak(self):
        return "woof"
    def _private(self):
        pass
d = Dog("rex")
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Dog) if not n.startswith("__")])
print(vars(d), d.upper)
d.nick = "r"
print(vars(d))
print(sorted(n for n in vars(Dog) if not n.startswith("__")))
print("Dog" in globals(), "d" in globals(), "nope" in globals())
def f():
    local_a = 1
    return sorted(n for n in dir() )
print(f())
import math
print([n for n in dir(math) if n.startswith("is")])
