# An inventory lookup that ends in an uncaught AttributeError with a suggestion.
class Product:
    def __init__(self, sku, title, price):
        self.sku = sku
        self.title = title
        self.price = price

    def discounted(self, pct):
        return round(self.price * (1 - pct / 100), 2)


catalog = {p.sku: p for p in [Product("A1", "Lamp", 25.0), Product("B2", "Desk", 120.0)]}
for sku in ["A1", "B2"]:
    p = catalog[sku]
    print(f"{p.sku}: {p.title:<6} {p.price:>8.2f} -> {p.discounted(15):>8.2f}")
try:
    catalog["C3"]
except KeyError as e:
    print("missing", e, repr(e), e.args)
try:
    catalog["A1"].discount(10)
except AttributeError as e:
    print(e, "|", e.name, "|", type(e.obj).__name__)
try:
    import math
    math.sqroot(4)
except AttributeError as e:
    print(e)
try:
    lenght = 3
    print(lenth)
except NameError as e:
    print(e, "|", e.name)
try:
    print(Produc)
except NameError as e:
    print(e)
try:
    [].len
except AttributeError as e:
    print(e)
try:
    None.title
except AttributeError as e:
    print(e)


def total_value(items):
    return sum(item.prise for item in items)


print(total_value(catalog.values()))
