# random with a seed must reproduce CPython's exact sequences
import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 1000, 7), random.randrange(50), random.getrandbits(70))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:13])
print(random.sample(range(100), 8), random.sample(deck, 3))
print(random.choice("abcdefg"), random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=6))
print(round(random.uniform(1, 10), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
print(round(random.gammavariate(2, 1), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 2), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random("string seed")
print(r.random(), r.randint(0, 10 ** 30))
r2 = random.Random(b"bytes seed")
print(r2.random())
r3 = random.Random(3.75)
print(r3.random())
r4 = random.Random(-42)
print(r4.random(), random.Random(42).random())
print(random.Random(2 ** 100 + 7).random())
r5 = random.Random(0)
print(r5.randbytes(10).hex(), r5.sample(["x", "y", "z"], k=3, counts=None))
print(r5.sample(["a", "b"], counts=[3, 2], k=4))
random.seed(7, version=1)
print(random.random())
random.seed(99)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print({s: rolls.count(s) for s in range(2, 13)})
try:
    random.randrange(10, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom()
print(m.choice("abc"), m.randint(1, 10), m.uniform(0, 4))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(random.randbytes(4)))
