# Mixing stdlib value types wrongly: the TypeErrors name CPython's dotted C types.
import collections
import datetime
import decimal
import functools
import itertools
import operator
from fractions import Fraction

today = datetime.date(2024, 5, 17)
price = decimal.Decimal("19.99")
cases = [
    ("date + int", lambda: today + 1),
    ("date - str", lambda: today - "2024-01-01"),
    ("datetime < date", lambda: datetime.datetime(2024, 1, 1) < today),
    ("timedelta * str", lambda: datetime.timedelta(days=1) * "x"),
    ("time + timedelta", lambda: datetime.time(10) + datetime.timedelta(hours=1)),
    ("Decimal + float", lambda: price + 1.5),
    ("float * Decimal", lambda: 2.5 * price),
    ("Decimal < str", lambda: price < "20"),
    ("Decimal(list)", lambda: decimal.Decimal([1, 2])),
    ("Fraction + Decimal", lambda: Fraction(1, 2) + price),
    ("len(count)", lambda: len(itertools.count())),
    ("count[0]", lambda: itertools.count()[0]),
    ("itemgetter + 1", lambda: operator.itemgetter(1) + 1),
    ("partial()", lambda: functools.partial()),
    ("hash(OrderedDict)", lambda: hash(collections.OrderedDict())),
    ("defaultdict - 1", lambda: collections.defaultdict(int) - 1),
    ("date.foo", lambda: today.foo),
    ("Decimal.foo", lambda: price.quantise),
]
for label, fn in cases:
    try:
        result = fn()
    except (TypeError, AttributeError, ValueError) as e:
        print(f"{label:<20} {type(e).__name__}: {e}")
    else:
        print(f"{label:<20} -> {result!r}")
print(type(today).__name__, type(price).__qualname__, datetime.date, decimal.Decimal, collections.OrderedDict)
print(itertools.count.__name__, operator.itemgetter.__name__, functools.partial.__name__)


class Money(decimal.Decimal):
    pass


try:
    Money("1") + 1.0
except TypeError as e:
    print(e)
print(Money.__name__, repr(Money("2.50")), isinstance(Money("1"), decimal.Decimal))
