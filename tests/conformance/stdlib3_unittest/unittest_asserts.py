# unittest: the failure messages of the assert* family (CPython 3.11 text),
# including long-repr shortening, sequence/dict/set/multi-line diffs, maxDiff,
# longMessage, and assertRaises/assertWarns as context managers and callables.
import collections
import re
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print('%s -> %s' % (name, e))
    except Exception as e:
        print('%s !! %s: %s' % (name, type(e).__name__, e))
    else:
        print('%s ok' % name)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'extra')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 50 + 'a' * 100, 'y' * 50 + 'a' * 100)
check('assertEqual', list(range(100)), list(range(99)) + [0])
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'one\ntwo\nthree\n', 'one\n2\nthree\n')
check('assertEqual', 'same line', 'same lime')
check('assertEqual', [1, 2], [1, 2, 3, 4])
check('assertEqual', (1, 2, 3), (1, 2))
check('assertEqual', [1, [2, 3]], [1, [2, 4]])
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', 1, 1.0)
check('assertEqual', [1], (1,))
check('assertNotEqual', 1, 1)
check('assertNotEqual', 1, 2)
check('assertTrue', 0)
check('assertTrue', [], 'custom message')
check('assertFalse', 'x')
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 1, [2, 3])
check('assertNotIn', 1, [1, 2])
check('assertIn', 'z', 'x' * 200)
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, places=1, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertNotAlmostEqual', 1.0, 2.0)
check('assertRegex', 'hello world', r'^world')
check('assertRegex', 'hello world', re.compile('o w'))
check('assertNotRegex', 'hello world', r'o\sw')
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
check('assertCountEqual', 'abc', 'cba')
check('assertCountEqual', [[1], [2]], [[2], [2], [1]])
check('assertCountEqual', [1, 'a'], ['a', 2])
check('assertListEqual', (1,), [1])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1, 2), (2, 1))
check('assertSequenceEqual', 'abc', ['a', 'b', 'c'])
check('assertSequenceEqual', [1, 2], 5)
check('assertSetEqual', {1}, [1])
check('assertSetEqual', [1], {1})
check('assertDictEqual', {'k': 1}, [])
check('assertMultiLineEqual', 'a', 1)
check('assertEqual', {'key%d' % i: 'value' * i for i in range(10)}, {'key%d' % i: 'value' * i for i in range(9)})

t.maxDiff = None
check('assertEqual', list(range(60)), list(range(1, 61)))
t.maxDiff = 50
check('assertEqual', list(range(60)), list(range(1, 61)))
t.maxDiff = 80 * 8
t.longMessage = False
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'only this')
t.longMessage = True
check('fail')
check('fail', 'explicit')

# assertRaises family
with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
check('assertRaises', ValueError, int, '5')
check('assertRaises', (KeyError, IndexError), [].pop)
check('assertRaises', ValueError, lambda: None)
check('assertRaises', 'notatype')


def raises_type():
    raise TypeError('wrong')


check('assertRaises', ValueError, raises_type)
check('assertRaisesRegex', ValueError, 'invalid', int, 'x')
check('assertRaisesRegex', ValueError, r'^\d+$', int, 'x')
try:
    with t.assertRaises(KeyError, msg='needed a KeyError'):
        pass
except AssertionError as e:
    print('with ->', e)
try:
    with t.assertRaisesRegex(ValueError, 'nope'):
        raise ValueError('something else')
except AssertionError as e:
    print('with ->', e)
try:
    with t.assertRaises(ValueError, foo=1):
        pass
except TypeError as e:
    print('TypeError:', e)

# assertWarns family
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn('old stuff', DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0)
check('assertWarns', UserWarning, lambda: None)
check('assertWarns', UserWarning, warnings.warn, 'hello')
check('assertWarnsRegex', UserWarning, 'hel+o', warnings.warn, 'hello')
check('assertWarnsRegex', UserWarning, 'bye', warnings.warn, 'hello')
check('assertWarns', 'x')

# subclass with a custom type equality function
class Point(collections.namedtuple('Point', 'x y')):
    pass


class PT(unittest.TestCase):
    def runTest(self):
        pass

    def setUp(self):
        self.addTypeEqualityFunc(Point, self.assertPointEqual)

    def assertPointEqual(self, a, b, msg=None):
        if a != b:
            self.fail(self._formatMessage(msg, 'points differ: %r vs %r' % (a, b)))


pt = PT()
pt.setUp()
try:
    pt.assertEqual(Point(1, 2), Point(1, 3))
except AssertionError as e:
    print(e)
print(T('runTest'), repr(T('runTest')), T('runTest').id(), T('runTest') == T('runTest'),
      T('runTest').shortDescription())
try:
    T('nope')
except ValueError as e:
    print('ValueError:', e)
print(unittest.util.safe_repr('x' * 100, short=True))
print(unittest.util._common_shorten_repr('a' * 100, 'a' * 90 + 'b'))
