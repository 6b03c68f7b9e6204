# seeded simulations: dice, cards, Monte Carlo, weighted loot tables, a Random subclass
import random
from collections import Counter

rng = random.Random(2024)

def roll(n, sides=6):
    return [rng.randint(1, sides) for _ in range(n)]

print("dice:", roll(10), roll(3, 20))
yahtzees = sum(1 for _ in range(2000) if len(set(roll(5))) == 1)
print("yahtzees in 2000:", yahtzees)

suits = "♠♥♦♣"
ranks = "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
rng.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for i, h in enumerate(hands, 1):
    print(f"player {i}: {' '.join(h)}")
print("burned:", rng.sample(deck[20:], 3))

inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(f"pi ~ {4 * inside / 20000:.4f}")

loot = {"common": 70, "uncommon": 20, "rare": 8, "legendary": 2}
drops = Counter(rng.choices(list(loot), weights=list(loot.values()), k=1000))
for item in loot:
    print(f"{item:<10}{drops[item]:>5} {'*' * (drops[item] // 20)}")

heights = [round(rng.gauss(170, 8), 1) for _ in range(8)]
print("heights:", heights)
print("triangular:", [round(rng.triangular(1, 10, 2), 3) for _ in range(4)])
print("expo:", [round(rng.expovariate(0.5), 3) for _ in range(4)])
print("float bounds:", rng.randrange(10.0), rng.randrange(0, 20.0, 5))
try:
    rng.randrange(2.5)
except ValueError as e:
    print("ValueError:", e)

class LoadedDie(random.Random):
    """Every draw comes from random(), which favours high values."""
    def random(self):
        return 1 - super().random() ** 3
ld = LoadedDie(7)
rolls = Counter(ld.randint(1, 6) for _ in range(600))
print("loaded:", sorted(rolls.items()))
print("loaded choice:", "".join(ld.choice("abcdef") for _ in range(12)))

class CountingRandom(random.Random):
    def __init__(self, seed):
        self.bits_requested = 0
        super().__init__(seed)
    def getrandbits(self, k):
        self.bits_requested += k
        return super().getrandbits(k)
cr = CountingRandom(5)
print("counting:", [cr.randrange(1000) for _ in range(5)], cr.bits_requested)
print("sample:", cr.sample(range(10 ** 9), 3), cr.bits_requested)

walkers = [0] * 5
for step in range(100):
    for i in range(5):
        walkers[i] += rng.choice((-1, 1))
print("walkers:", walkers)
state = rng.getstate()
seq1 = [rng.randrange(100) for _ in range(5)]
rng.setstate(state)
print("replay equal:", seq1 == [rng.randrange(100) for _ in range(5)], seq1)
secret = random.Random("tournament-7")
bracket = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal"]
secret.shuffle(bracket)
while len(bracket) > 1:
    bracket = [secret.choice(pair) for pair in zip(bracket[::2], bracket[1::2])]
    print("round:", bracket)
