# itertools recipes in everyday use.
import itertools as it
from itertools import (groupby, permutations, combinations, combinations_with_replacement,
                       accumulate, product, islice, zip_longest, pairwise, chain, count,
                       cycle, repeat, starmap, takewhile, dropwhile, filterfalse, compress, tee)
import operator

data = [("fruit", "apple"), ("fruit", "banana"), ("veg", "carrot"), ("fruit", "cherry"), ("veg", "daikon")]
for key, grp in groupby(data, key=lambda t: t[0]):
    print(key, [name for _, name in grp])
for key, grp in groupby(sorted(data), key=operator.itemgetter(0)):
    print(key, len(list(grp)))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(list(permutations("abc", 2)))
print(len(list(permutations(range(5)))), list(permutations([1, 2, 3]))[:3])
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 3)))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(product("ab", [0, 1])))
print(list(product(range(2), repeat=3))[:4])
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, None, 2)), list(islice(range(100), 3)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(pairwise([1, 4, 9, 16])))
print(list(chain([1, 2], "ab", (None,))), list(chain.from_iterable(["xy", "z"])))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(map(operator.add, count(), "abc" and [10, 20, 30])))


def chunked(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(islice(iterator, n)):
        yield batch


print(list(chunked(range(10), 3)))


def sliding(iterable, n):
    window = tuple(islice(iterable, n))
    yield window
    for x in iterable:
        window = window[1:] + (x,)
        yield window


print(list(sliding(iter(range(6)), 3)))
print(sum(1 for _ in combinations(range(20), 3)))
print(list(it.accumulate("abc")))
c = count(1.5, 0.5)
print(next(c), next(c), repr(c))
print(repr(repeat(1, 2)), repr(count()))
r = islice(range(10), 2, 8, 3)
print(list(r), list(r))
g = groupby([])
print(list(g))
try:
    list(islice([], -1))
except ValueError as e:
    print(e)
try:
    permutations([1], -1)
except ValueError as e:
    print(e)
print(max(product([1, 2], [3, 4]), key=sum), sorted(set(permutations("aab"))))
print(dict(zip_longest("ab", range(4))))
print(list(zip(*[iter(range(9))] * 3)))
