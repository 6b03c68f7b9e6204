# collections: Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap.
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap

text = "the quick brown fox jumps over the lazy dog the fox barks"
c = Counter(text.split())
print(c)
print(c.most_common(3))
print(c.most_common()[-2:])
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5))
print(letters["z"], letters["!"], sum(letters.values()), letters.total())
d = Counter(a=3, b=1) - Counter(a=1, b=2)
print(d, Counter(a=3, b=1) + Counter(b=4, c=1), Counter(a=3) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2))
c2 = Counter("abracadabra")
c2.subtract("aaab")
print(c2, list(c2.elements()))
c2.update({"z": 2})
print(+c2, -Counter(a=-2, b=3))
print(repr(Counter()), Counter("aab") == Counter("aba"))

groups = defaultdict(list)
for w in text.split():
    groups[len(w)].append(w)
print(groups)
print(dict(sorted(groups.items())))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(nested["a"], "b" in nested)
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
print(Point3(1, 2), Point3._field_defaults, Point._make([5, 6]))
x, y = p
print(x + y, p == (3, 4), len(p), hash(p) == hash((3, 4)))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    namedtuple("Bad", "a def")
except ValueError as e:
    print(e)
R = namedtuple("R", "a a_ class", rename=True)
print(R._fields)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(abs(Vec(3, 4)), Vec(1, 2))

dq = deque(range(10), maxlen=5)
print(dq)
dq.append(10)
dq.appendleft(-1)
print(dq, dq.maxlen)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq[0], dq[-1])
dq.extendleft([100, 200])
print(dq, dq.count(200), dq.index(200))
print(dq.pop(), dq.popleft(), dq)
dq.clear()
try:
    dq.pop()
except IndexError as e:
    print(e)
window = deque(maxlen=3)
avgs = []
for v in [1, 5, 2, 8, 3, 9]:
    window.append(v)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
print(deque("abc") + deque("de"), deque([1, 2]) * 2, list(reversed(deque("xyz"))))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, cm.maps[2])
child = cm.new_child({"debug": True})
print(child["debug"], child.parents["color"], list(child.keys()))
print(cm)
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
