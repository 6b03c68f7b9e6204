# Working with nested dict/list data like JSON
inventory = {
    "fruits": {"apple": {"qty": 5, "price": 0.5}, "pear": {"qty": 0, "price": 0.75}},
    "veg": {"carrot": {"qty": 12, "price": 0.1}},
}
for cat, items in inventory.items():
    for name, info in items.items():
        status = "out" if info["qty"] == 0 else "in"
        print(f"{cat:<7}{name:<8}{info['qty']:>4}{info['price']:>6.2f} {status}")
total = sum(i["qty"] * i["price"] for items in inventory.values() for i in items.values())
print(f"total value {total:.2f}")
inventory["fruits"]["pear"]["qty"] += 10
inventory.setdefault("dairy", {})["milk"] = {"qty": 2, "price": 1.2}
print(sorted(inventory), inventory["dairy"])
def deep_get(d, path, default=None):
    for p in path.split("."):
        if not isinstance(d, dict) or p not in d:
            return default
        d = d[p]
    return d
print(deep_get(inventory, "fruits.apple.qty"), deep_get(inventory, "fruits.plum.qty", "n/a"))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge({"a": {"x": 1, "y": 2}, "b": 1}, {"a": {"y": 3, "z": 4}, "c": 5}))
