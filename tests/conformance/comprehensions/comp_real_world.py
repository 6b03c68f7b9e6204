# Comprehensions in a realistic report
orders = [
    {"id": 1, "customer": "ann", "items": [("apple", 3, 0.5), ("pear", 1, 0.8)]},
    {"id": 2, "customer": "bob", "items": [("melon", 1, 3.0)]},
    {"id": 3, "customer": "ann", "items": [("apple", 10, 0.45), ("kiwi", 4, 0.3)]},
    {"id": 4, "customer": "cy", "items": []},
]
totals = {o["id"]: round(sum(q * p for _, q, p in o["items"]), 2) for o in orders}
print(totals)
by_customer = {c: round(sum(totals[o["id"]] for o in orders if o["customer"] == c), 2)
               for c in sorted({o["customer"] for o in orders})}
print(by_customer)
products = sorted({name for o in orders for name, _, _ in o["items"]})
print(products)
qty = {p: sum(q for o in orders for n, q, _ in o["items"] if n == p) for p in products}
print(qty)
empty = [o["id"] for o in orders if not o["items"]]
print("empty orders:", empty)
lines = [f"{o['id']:>3} {o['customer']:<5} {totals[o['id']]:>7.2f}" for o in orders]
print("\n".join(lines))
