# Attribute caches must forget what they learned when classes, instances or
# modules change under a hot loop: every site below runs many times before and
# after the change (long enough to be specialised, and to re-specialise).
import sys
import types

N = 60
HALF = 30


def report(label, seq):
    # Run-length summary of a list of results: "a x30, b x30".
    out, prev, n = [], object(), 0
    for x in seq:
        if x == prev:
            n += 1
        else:
            if n:
                out.append("%r x%d" % (prev, n))
            prev, n = x, 1
    if n:
        out.append("%r x%d" % (prev, n))
    print(label + ":", ", ".join(out))


# 1. a method added to the class, then removed again
class A:
    pass


def add_remove_method():
    a = A()
    res = []
    for i in range(N * 2):
        if i == HALF:
            A.f = lambda self: "A.f"
        if i == HALF * 3:
            del A.f
        try:
            res.append(a.f())
        except AttributeError as e:
            res.append(str(e))
    report("add/remove method", res)


add_remove_method()


# 2. removing an override exposes the base method; re-adding it hides it again
class Base:
    def who(self):
        return "Base.who"


class Derived(Base):
    def who(self):
        return "Derived.who"


def override_removed():
    d = Derived()
    res = []
    for i in range(N * 2):
        if i == HALF:
            del Derived.who
        if i == HALF * 3:
            Derived.who = lambda self: "new Derived.who"
        res.append(d.who())
        res.append(d.who.__name__ if hasattr(d.who, "__name__") else "?")
    report("override removed", res[0::2])
    report("bound method names", res[1::2])


override_removed()


# 3. class attribute reassigned, and read through instances and the class
class Counter:
    limit = 10


def class_attr_assign():
    c = Counter()
    res = []
    for i in range(N):
        if i == HALF:
            Counter.limit = 20
        res.append((c.limit, Counter.limit))
    report("class attribute", res)
    for i in range(N):
        Counter.limit = i  # the class changes every time: sites keep up
        assert c.limit == i and Counter.limit == i
    print("moving class attribute ok", c.limit)


class_attr_assign()


# 4. __class__ assignment mid-loop
class Cat:
    sound = "meow"

    def speak(self):
        return "Cat says " + self.sound


class Dog:
    sound = "woof"

    def speak(self):
        return "Dog says " + self.sound


def class_assignment():
    pet = Cat()
    res = []
    for i in range(N):
        if i == HALF:
            pet.__class__ = Dog
        res.append(pet.speak())
        res.append(pet.sound)
    report("__class__ speak", res[0::2])
    report("__class__ sound", res[1::2])


class_assignment()


# 5. __bases__ assignment mid-loop (subclasses follow)
class P1:
    tag = "P1"

    def hello(self):
        return "P1.hello"


class P2:
    tag = "P2"

    def hello(self):
        return "P2.hello"


class Child(P1):
    pass


class GrandChild(Child):
    pass


def bases_assignment():
    c, g = Child(), GrandChild()
    res = []
    for i in range(N):
        if i == HALF:
            Child.__bases__ = (P2,)
        res.append((c.hello(), g.hello(), c.tag, g.tag, GrandChild.tag))
    report("__bases__", res)
    print([k.__name__ for k in GrandChild.__mro__])
    try:
        Child.__bases__ = (GrandChild,)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Child.__bases__ = ()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Child.__bases__ = (P1, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        del Child.__bases__
    except TypeError as e:
        print("TypeError:", e)


bases_assignment()


# 6. a method shadowed by an instance attribute, then deleted again
class Shadow:
    def m(self):
        return "class m"


def shadow_method():
    s = Shadow()
    res = []
    for i in range(N * 2):
        if i == HALF:
            s.m = lambda: "instance m"
        if i == HALF * 3:
            del s.m
        res.append(s.m())
        res.append(s.m.__name__)
    report("shadowed method call", res[0::2])
    report("shadowed method attr", res[1::2])


shadow_method()


# 7. a property added to a base class later beats the instance __dict__
class Root:
    pass


class Leaf(Root):
    def __init__(self):
        self.x = "instance x"


def property_added_later():
    leaf = Leaf()
    res = []
    for i in range(N * 2):
        if i == HALF:
            Root.x = property(lambda self: "property x")
        if i == HALF * 3:
            del Root.x
        res.append(leaf.x)
    report("property on base", res)
    # a setter too: stores go through it while it exists
    log = []
    for i in range(N):
        if i == HALF:
            Root.y = property(lambda self: "get y", lambda self, v: log.append(v))
        leaf.y = i
    print("setter saw", log[:3], len(log), "dict y", leaf.__dict__["y"])
    del Root.y


property_added_later()


# 8. __getattr__ fallbacks, and __getattr__ added to a class later
class Lazy:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        return "computed " + name


class Plain:
    def __init__(self):
        self.real = "real"


def getattr_fallbacks():
    o = Lazy()
    res = []
    for i in range(N):
        if i == HALF:
            del o.real
        if i == HALF + 10:
            o.real = "real again"
        res.append((o.real, o.other))
    report("__getattr__", res)
    p = Plain()
    res = []
    for i in range(N):
        if i == HALF:
            Plain.__getattr__ = lambda self, name: "late " + name
        try:
            res.append((p.real, p.missing))
        except AttributeError as e:
            res.append(str(e))
    report("__getattr__ added", res)
    del Plain.__getattr__
    try:
        p.missing
    except AttributeError as e:
        print("after del:", e)


getattr_fallbacks()


# 9. __getattribute__ added to a class later
class Watched:
    def __init__(self):
        self.v = 1

    def meth(self):
        return "meth"


def getattribute_added():
    w = Watched()
    res = []
    for i in range(N):
        if i == HALF:
            Watched.__getattribute__ = lambda self, name: "intercepted " + name
        res.append((w.v, w.meth if i >= HALF else w.meth()))
    report("__getattribute__", res)
    del Watched.__getattribute__
    print("restored", w.v, w.meth())


getattribute_added()


# 10. __slots__: reads, writes, deletion, and a class attribute of another class
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def slots():
    s = Slotted(1)
    res = []
    for i in range(N):
        if i == HALF:
            del s.a
        if i == HALF + 10:
            s.a = "back"
        try:
            res.append(s.a)
        except AttributeError as e:
            res.append("AttributeError: " + str(e))
    report("slot read", res)
    for i in range(N):
        s.b = i
    print("slot write", s.b)
    try:
        s.c = 1
    except AttributeError as e:
        print("AttributeError:", e)

    class Other:
        pass

    Other.a = Slotted.__dict__["a"]  # a member descriptor in an unrelated class
    o = Other()
    for i in range(3):
        try:
            o.a
        except TypeError as e:
            print("TypeError:", e)


slots()


# 11. module attributes rebound, deleted, and module __getattr__
def module_attrs():
    m = types.ModuleType("m")
    m.x = 1
    m.f = lambda: "f1"
    res = []
    for i in range(N * 2):
        if i == HALF:
            m.x = 2
            m.f = lambda: "f2"
        if i == HALF * 2:
            del m.x
            m.__getattr__ = lambda name: "module getattr " + name
        if i == HALF * 3:
            m.x = 3
        res.append((m.x, m.f()))
    report("module attrs", res)
    del m.__getattr__
    try:
        m.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    # a real module whose function is rebound mid-loop
    import math
    orig = math.sqrt
    res = []
    for i in range(N):
        if i == HALF:
            math.sqrt = lambda v: "fake sqrt"
        res.append(math.sqrt(16))
    math.sqrt = orig
    report("math.sqrt", res)


module_attrs()


# 12. attributes of class objects, and a metaclass data descriptor added later
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    attr = "class attr"

    @classmethod
    def make(cls):
        return "make " + cls.__name__

    @staticmethod
    def util():
        return "util"


class SubWithMeta(WithMeta):
    pass


def class_objects():
    res = []
    for i in range(N * 2):
        if i == HALF:
            WithMeta.attr = "changed"
        if i == HALF * 2:
            Meta.attr = property(lambda cls: "meta property of " + cls.__name__)
        if i == HALF * 3:
            del Meta.attr
        res.append((WithMeta.attr, SubWithMeta.attr, WithMeta.make(), SubWithMeta.make(), WithMeta.util()))
    report("class objects", res)
    # a metaclass non-data attribute loses to the class's own
    Meta.only_meta = "meta value"
    Meta.attr = "meta plain"
    print(WithMeta.only_meta, WithMeta.attr)
    # classmethod replaced by a staticmethod mid-loop
    res = []
    for i in range(N):
        if i == HALF:
            WithMeta.make = staticmethod(lambda: "static make")
        res.append((WithMeta.make(), SubWithMeta().make()))
    report("classmethod replaced", res)


class_objects()


# 13. __class__ assignment of a class (its metaclass changes)
class M1(type):
    pass


class M2(type):
    kind = property(lambda cls: "M2 property")


class K(metaclass=M1):
    kind = "K attribute"


def metaclass_assignment():
    res = []
    for i in range(N):
        if i == HALF:
            K.__class__ = M2
        res.append(K.kind)
    report("metaclass assignment", res)


metaclass_assignment()


# 14. one site, several subclasses; a property appears on one of them
class Shape:
    def __init__(self, n):
        self.n = n

    def size(self):
        return self.n


class Sq(Shape):
    pass


class Tri(Shape):
    pass


class Circ(Shape):
    pass


class Hex(Shape):
    pass


class Oct(Shape):
    pass


def polymorphic():
    shapes = [k(i) for i, k in enumerate([Sq, Tri, Circ, Hex, Oct])]
    res = []
    for i in range(N * 2):
        if i == HALF * 2:
            Circ.n = property(lambda self: "circ property")
        if i == HALF * 3:
            Tri.size = lambda self: "tri size"
        res.append(tuple(s.size() for s in shapes))
    report("polymorphic", res)
    total = 0
    for i in range(N * 10):
        for s in shapes[:2] + shapes[3:]:
            total += s.n
    print("megamorphic total", total)


polymorphic()


# 15. descriptors whose own class changes: a __get__-only descriptor gains __set__
class Desc:
    def __get__(self, obj, owner=None):
        return "from descriptor"


class UsesDesc:
    d = Desc()


def descriptor_class_changes():
    u = UsesDesc()
    u.__dict__["d"] = "from instance"
    res = []
    for i in range(N * 2):
        if i == HALF:
            Desc.__set__ = lambda self, obj, v: None
        if i == HALF * 3:
            del Desc.__set__
        res.append(u.d)
    report("descriptor gains __set__", res)

    class Plain:
        pass

    class Holder:
        value = Plain()

    h = Holder()
    res = []
    for i in range(N):
        if i == HALF:
            Plain.__get__ = lambda self, obj, owner=None: "now a descriptor"
        v = h.value
        res.append(v if isinstance(v, str) else type(v).__name__)
        v2 = Holder.value
        res.append(v2 if isinstance(v2, str) else type(v2).__name__)
    report("class attribute gains __get__", res)


descriptor_class_changes()


# 16. stores: __setattr__ and a data descriptor added later, __dict__ replaced
class Store:
    pass


def stores():
    s = Store()
    seen = []
    for i in range(N * 2):
        if i == HALF:
            Store.__setattr__ = lambda self, k, v: seen.append((k, v))
        if i == HALF * 2:
            del Store.__setattr__
        if i == HALF * 3:
            s.__dict__ = {"fresh": True}
        s.val = i
    print("stores", len(seen), seen[0], s.val, sorted(s.__dict__))
    try:
        object.__setattr__(Store, "x", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        object.__delattr__(int, "real")
    except TypeError as e:
        print("TypeError:", e)
    Store.y = 5
    print("type setattr ok", Store.y, Store().y)


stores()


# 17. subclasses of built-in types
class MyList(list):
    def __init__(self):
        super().__init__()
        self.label = "mine"


class MyInt(int):
    pass


def builtin_subclasses():
    ml = MyList()
    for i in range(N):
        ml.append(i)
        if i == HALF:
            ml.append = lambda v: None  # shadow the list method in the instance
    print(len(ml), ml.label, ml[-1])
    del ml.append
    ml.append("x")
    print(len(ml), ml[-1])
    res = []
    x = MyInt(5)
    for i in range(N):
        if i == HALF:
            MyInt.bit_length = lambda self: "patched"
        res.append(x.bit_length())
    report("int subclass", res)
    res = []
    for i in range(N):
        res.append((i.bit_length(), "ab".upper(), [1].copy()))
    report("built-in methods", res[:1] + res[-1:])


builtin_subclasses()


# 18. attribute names that are equal strings but not the same object
def non_interned_names():
    class O:
        pass

    o = O()
    name = "".join(["dyn", "amic"])
    setattr(o, name, "dynamic value")
    res = []
    for i in range(N):
        res.append(o.dynamic)
        if i == HALF:
            o.__dict__[name] = "changed"
    report("non-interned", res)


non_interned_names()


# 19. instance attribute deleted mid-loop exposes the class attribute
class Defaults:
    color = "class red"

    def __init__(self):
        self.color = "instance blue"


def instance_attr_deleted():
    d = Defaults()
    res = []
    for i in range(N * 2):
        if i == HALF:
            del d.color
        if i == HALF * 3:
            d.color = "instance green"
        res.append(d.color)
    report("instance attr deleted", res)
    objs = [Defaults() for _ in range(5)]
    del objs[2].color
    print([o.color for o in objs for _ in range(3)][::3])


instance_attr_deleted()
print("done")
