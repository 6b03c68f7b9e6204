# Linked list, stack, queue and binary search tree classes with dunder protocols.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in iterable:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value):
        print("  (contains called)")
        return any(v == value for v in self)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(5)
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 4 in ll, 9 in ll, list(reversed(ll)), sum(ll), sorted(ll))
ll.reverse()
print(ll, ll == LinkedList([1, 4, 1, 3, 5]), ll != LinkedList(), bool(LinkedList()), bool(ll))
ll.remove(1)
print(ll)
for bad in [lambda: ll.remove(42), lambda: ll[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    Node(1).other = 2
except AttributeError as e:
    print(e)
a, b, *rest = ll
print(a, b, rest, dict(enumerate(ll)), list(zip(ll, "abc")), max(ll), min(ll, default=None))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


print([balanced(t) for t in ["()", "([]{})", "(]", "((", "", "a(b)c]"]])


class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def height(self, n=...):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t), t.size, t.height(), 65 in t, 66 in t, [k for k in t if k % 20 == 0])
from collections import deque
q = deque()
for job in ["a", "b", "c"]:
    q.append(job)
print(q.popleft(), q, len(q))
print(type(BST._Node).__name__, BST._Node.__qualname__, repr(Stack.pop.__qualname__))
