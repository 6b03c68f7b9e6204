# Class scope does not enclose methods or comprehensions
x = "module x"
class A:
    x = "class x"
    def method(self):
        return x
    def method_self(self):
        return self.x
    def method_cls(self):
        return A.x
    lam = lambda self: x
    gen_vals = list(x for _ in range(1))
print(A().method(), A().method_self(), A().method_cls(), A().lam(), A.gen_vals)
class B:
    n = 3
    first = [n] * 2
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        squares = f"NameError: {e}"
    pairs = [(i, j) for i in range(n) for j in range(1)]
print(B.first, B.squares, B.pairs)
def factory():
    v = "function local"
    class Inner:
        attr = v
        def get(self):
            return v
    return Inner
I = factory()
print(I.attr, I().get())
class Counter:
    count = 0
    def inc(self):
        try:
            count += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        self.count += 1
        return self.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
