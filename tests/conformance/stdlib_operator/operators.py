import operator
print(operator.itemgetter(1)([1,2]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(operator.itemgetter(1), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2))
print(operator.index(5), operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.truth(0))
try: operator.index(1.5)
except TypeError as e: print(e)

