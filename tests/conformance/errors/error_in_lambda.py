# Exceptions inside lambdas and comprehensions
items = [3, 1, 0, 2]
inverse = lambda v: 1 / v
print(sorted(items))
print([inverse(v) for v in items])
