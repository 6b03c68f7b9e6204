# Ackermann-style recursion and a controlled RecursionError, then an uncaught error with a note.
import sys


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))


def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]


print(permutations("abc"), len(permutations("abcde")))


def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]


print(flatten([1, [2, [3, [4, [5]]]], 6]))
err = ValueError("invalid depth")
err.add_note("depth must be a non-negative integer")
err.add_note(f"got {-1!r}")
raise err
