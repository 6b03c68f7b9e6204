# Boolean operators return operands and short-circuit
log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1), log); log.clear()
print(t("a", 2) and t("b", 3), log); log.clear()
print(t("a", 0) or t("b", ""), log); log.clear()
print(t("a", "x") or t("b", 1), log); log.clear()
print(t("a", None) or t("b", 0) or t("c", []), log); log.clear()
print(t("a", 1) and t("b", 0) or t("c", "c"), log); log.clear()
print(not t("a", []), log); log.clear()
print([] or {} or (), 0 or 0.0, "" and 1)
print(1 and 2 and 3, 1 and 0 and 3, None or "default")
name = ""
print(name or "anonymous")
d = {"k": 0}
print(d.get("k") or "missing", d.get("k") is not None and "present")
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 4))
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self):
        log.append(f"bool({self.v})")
        return self.v
x = Flag(False) or Flag(True)
print(x.v, log)
