# doctest in a small utility module: silent success, then a verbose run and the results.
"""Temperature and text helpers.

>>> c_to_f(100)
212.0
"""
import doctest


def c_to_f(c):
    """Convert Celsius to Fahrenheit.

    >>> c_to_f(0)
    32.0
    >>> [round(c_to_f(x), 1) for x in (-40, 37.5)]
    [-40.0, 99.5]
    >>> c_to_f("x")
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for /: 'str' and 'int'
    """
    return c * 9 / 5 + 32


def slugify(text):
    """Make a URL slug.

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  many   spaces  ")
    'many-spaces'
    >>> print(slugify("A\\tB"))
    a-b
    >>> slugify("x" * 30)  # doctest: +ELLIPSIS
    'xxxx...x'
    """
    out = []
    for word in text.lower().split():
        word = "".join(ch for ch in word if ch.isalnum())
        if word:
            out.append(word)
    return "-".join(out)


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.incr()
    >>> c.incr()
    >>> c.value
    2
    >>> c
    Counter(2)
    """

    def __init__(self):
        self.value = 0

    def incr(self):
        """Add one.

        >>> Counter().incr() is None
        True
        """
        self.value += 1

    def __repr__(self):
        return f"Counter({self.value})"

    def table(self):
        """
        >>> for i in range(3):
        ...     print(i, i * i)
        0 0
        1 1
        2 4
        >>> print("a\\n\\nb")
        a
        <BLANKLINE>
        b
        >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
        [0, 1, 2, 3, 4, 5,
         6, 7, 8, 9, 10, 11]
        """


def no_examples():
    """Just prose, no examples."""


print(doctest.testmod())
results = doctest.testmod(verbose=True)
print(results, results.failed, results.attempted)
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> x = 1\n>>> x + 1\n2\n")
print(len(examples), [e.source for e in examples], [e.want for e in examples])
doctest.run_docstring_examples(slugify, {"slugify": slugify}, verbose=True, name="slugify")
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.OPTIONFLAGS_BY_NAME["SKIP"])
