# Exceptions inside __del__ are reported, not raised; resurrection and del in loops
import sys
class Loud:
    def __del__(self):
        print("Loud.__del__ runs")
class Noisy:
    def __del__(self):
        raise ValueError("ignored in __del__")
n = Noisy()
del n
print("continued after exception in __del__")
class Registry:
    alive = []
class Phoenix:
    def __del__(self):
        print("phoenix resurrected")
        Registry.alive.append(self)
p = Phoenix()
del p
print(len(Registry.alive))
for i in range(3):
    l = Loud()
print("loop done")
del l
print("end")
