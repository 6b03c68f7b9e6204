import itertools, operator
print(list(itertools.islice(itertools.count(5), 3)), itertools.count(3), itertools.repeat('a', 2), list(itertools.repeat(1, 3)))
print(list(itertools.chain([1], (2, 3))), list(itertools.chain.from_iterable(['ab', 'cd'])))
print(list(itertools.accumulate([1,2,3,4])), list(itertools.accumulate([1,2,3], operator.mul, initial=10)))
print([(k, list(g)) for k, g in itertools.groupby('aaabbc')])
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1,2,3], 2)))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.pairwise('abcd')))
print(list(itertools.takewhile(lambda x: x < 3, [1,2,3,1])), list(itertools.dropwhile(lambda x: x < 3, [1,2,3,1])))
print(list(itertools.filterfalse(None, [0,1,0,2])), list(itertools.compress('abc', [1,0,1])), list(itertools.starmap(pow, [(2,3)])))
a, b = itertools.tee(range(3)); print(list(a), list(b))
print(list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.islice(range(10), 2, 8, 3)), list(itertools.cycle('ab'))[:0] if False else list(itertools.islice(itertools.cycle('ab'), 5)))
def bad():
    yield 1; raise ValueError("boom")
try:
    list(itertools.chain(bad(), [2]))
except ValueError as e: print("caught", e)
