# RecursionError messages when Python recursion goes through C++ (comparisons,
# str(), hashing, attribute hooks...): the Python frames and the C++ levels
# count against one limit, as in CPython 3.11, so the same level reports it.
import sys

def attempt(title, fn):
    try:
        fn()
    except RecursionError as e:
        print(title, '->', e)
    except Exception as e:
        print(title, '-> other', type(e).__name__, e)


class R:
    def __repr__(self):
        return repr(self)
attempt('repr', lambda: repr(R()))

class S:
    def __str__(self):
        return str(self)
attempt('str', lambda: str(S()))

class E:
    def __eq__(self, other):
        return self == other
attempt('eq', lambda: E() == E())

class L:
    def __lt__(self, other):
        return self < other
attempt('lt', lambda: L() < L())

class H:
    def __hash__(self):
        return hash(self)
attempt('hash', lambda: hash(H()))

class G:
    def __getattr__(self, name):
        return self.missing
attempt('getattr', lambda: G().x)

class I:
    def __len__(self):
        return len(self)
attempt('len', lambda: len(I()))

def f():
    return f()
attempt('plain', f)

class C:
    def __call__(self):
        return self()
attempt('call', lambda: C()())

class It:
    def __iter__(self):
        return iter(self)
attempt('iter', lambda: iter(It()))

class Ad:
    def __add__(self, o):
        return self + o
attempt('add', lambda: Ad() + 1)

class Gi:
    def __getitem__(self, k):
        return self[k]
attempt('getitem', lambda: Gi()[0])

def m(x):
    return list(map(m, [x]))
attempt('map', lambda: m(1))

def srt(x):
    return sorted([1, 2], key=srt)
attempt('sorted key', lambda: srt(1))

class P:
    @property
    def p(self):
        return self.p
attempt('property', lambda: P().p)


class Bo:
    def __bool__(self):
        return bool(self)
attempt('bool', lambda: bool(Bo()))

class Ct:
    def __contains__(self, x):
        return x in self
attempt('contains', lambda: 1 in Ct())
print('ok')

# Module level (one frame less below): the counts and messages of CPython.
n = 0
class E2:
    def __eq__(self, other):
        global n
        n += 1
        return self == other
try:
    E2() == E2()
except RecursionError as e:
    print(n, e)
n = 0
def f2():
    global n
    n += 1
    f2()
try:
    f2()
except RecursionError as e:
    print(n, e)
