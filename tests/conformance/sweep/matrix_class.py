# A matrix class with operator overloading, iteration, formatting and errors.
from fractions import Fraction


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (list(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-1) * other

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant needs a square matrix")
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(n):
            piv = next((r for r in range(c, n) if a[r][c] != 0), None)
            if piv is None:
                return 0
            if piv != c:
                a[c], a[piv] = a[piv], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[format(x, "g") if isinstance(x, float) else str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "\n".join(" ".join(format(x, spec) for x in r) for r in self.rows)

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def __bool__(self):
        return any(any(r) for r in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(repr(A + B), A - B, sep="\n")
print(A @ B)
print(2 * A == A * 2, A * 0.5)
print(A ** 5)
print(A.T, A.transpose() == A.T, A.shape, A[1, 0], A[0])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
print(f"{Matrix([[1.5, 2.25], [3, 4]]):8.3f}")
print(Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det(), A.det())
print(list(A), [sum(r) for r in A], max(max(r) for r in A), bool(Matrix.zeros(2, 2)), bool(A))
C = Matrix.zeros(2, 3)
C[1, 2] = 7
print(C, {A: "a", A @ Matrix.identity(2): "same"}, sep="\n")
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: A + C, lambda: C @ A, lambda: C.det(), lambda: A @ 2, lambda: A * A]:
    try:
        bad()
    except MatrixError as e:
        print("MatrixError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(MatrixError(), ValueError), Matrix.identity(3))
