# repr, comparisons, hashing and isinstance on structures nested far deeper
# than the recursion limit: RecursionError (with CPython's message) where
# CPython raises it, the right answer where CPython gives one.


def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deep_tuple(n, leaf=()):
    x = leaf
    for _ in range(n):
        x = (x,)
    return x


def deep_dict(n):
    x = {}
    for _ in range(n):
        x = {1: x}
    return x


def deep_set(n):
    x = frozenset()
    for _ in range(n):
        x = frozenset([x])
    return x


def t(name, f):
    try:
        r = f()
    except (RecursionError, TypeError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
    else:
        print(name, "->", r if isinstance(r, (int, bool)) or len(str(r)) < 60 else type(r).__name__)


N = 100_000
L1, L2 = deep_list(N), deep_list(N)
T1, T2 = deep_tuple(N), deep_tuple(N)
D1, D2 = deep_dict(N), deep_dict(N)
S1 = deep_set(N)

t("repr list", lambda: repr(L1))
t("repr tuple", lambda: repr(T1))
t("repr dict", lambda: repr(D1))
t("repr frozenset", lambda: repr(S1))
t("str list", lambda: str(L1))
t("format list", lambda: f"{L1}")
t("%r list", lambda: "%r" % (L1,))
t("print list", lambda: print(L1))
t("list ==", lambda: L1 == L2)
t("list !=", lambda: L1 != L2)
t("list <", lambda: L1 < L2)
t("tuple ==", lambda: T1 == T2)
t("tuple <=", lambda: T1 <= T2)
t("dict ==", lambda: D1 == D2)
t("in list", lambda: L1 in [L2])
t("list.count", lambda: [L2].count(L1))
t("list.index", lambda: [L2].index(L1))
t("hash tuple", lambda: hash(T1))
t("hash tuple of ints", lambda: hash(deep_tuple(N, (1, 2, 3))))
t("hash frozenset", lambda: hash(S1) == hash(S1))
t("tuple in set", lambda: T1 in {T2})
t("tuple as key", lambda: {T1: 1}[T2])
t("isinstance", lambda: isinstance(1, deep_tuple(N, int)))
t("isinstance miss", lambda: isinstance(1, deep_tuple(N, str)))
t("issubclass", lambda: issubclass(int, deep_tuple(N, int)))
t("except clause", lambda: exec("try:\n raise ValueError\nexcept T:\n pass", {"T": deep_tuple(N, ValueError)}))

# Within the limit everything works.
t("repr 300", lambda: len(repr(deep_list(300))))
t("== 300", lambda: deep_list(300) == deep_list(300))
t("isinstance 300", lambda: isinstance(1, deep_tuple(300, int)))
t("hash 300", lambda: hash(deep_tuple(300)))


class R:
    def __repr__(self):
        return repr(R())


t("recursive __repr__", lambda: repr(R()))


class H:
    def __hash__(self):
        return hash(H())


t("recursive __hash__", lambda: hash(H()))
