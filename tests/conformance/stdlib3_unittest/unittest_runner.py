# unittest: TextTestRunner output at every verbosity, fixtures, skips,
# expected failures, subtests, cleanups, failfast, buffer and main().
import sys
import unittest

from _uthelp import run, run_main

events = []


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Outcomes(unittest.TestCase):
    def test_ok(self):
        """Docstring first line.

        More text."""
        self.assertEqual(1, 1)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        x = {}
        x['a'] + 1

    @unittest.skip("because")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("not today")

    @unittest.skipIf(True, "condition held")
    def test_skipif(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skipunless_runs(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_sub_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                raise ValueError('deep')
        with self.subTest():
            self.fail('plain subtest')

    def test_msg(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n", "custom")

    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise RuntimeError('while handling') from e


for verbosity in (0, 1, 2):
    print('=== verbosity', verbosity)
    result = run(unittest.defaultTestLoader.loadTestsFromTestCase(Outcomes), verbosity=verbosity)
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
print(events)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')
        cls.addClassCleanup(events.append, 'classCleanup')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_a(self):
        events.append('a')

    def test_b(self):
        events.append('b')
        raise AssertionError('b fails')


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("boom")

    def test_never(self):
        events.append('never')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise TypeError('setUp broke')

    def test_x(self):
        events.append('never x')

    def tearDown(self):
        events.append('never tearDown')


class BrokenTearDown(unittest.TestCase):
    def test_y(self):
        events.append('y')

    def tearDown(self):
        raise OSError('tearDown broke')


class CleanupErrors(unittest.TestCase):
    def test_z(self):
        self.addCleanup(self.fail, 'cleanup failed')
        self.addCleanup(events.append, 'cleanup runs')


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


events.clear()
loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in [Fixtures, BrokenSetUpClass, BrokenSetUp, BrokenTearDown, CleanupErrors, SkippedClass]:
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
result = run(suite, verbosity=2)
print(events)
print(len(result.errors), len(result.failures), result.testsRun)

print('=== failfast')
run(unittest.TestSuite([Outcomes('test_ok'), Outcomes('test_fail'), Outcomes('test_error')]), failfast=True)


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden because it passes')

    def test_loud_fail(self):
        print('shown because it fails')
        sys.stderr.write('to stderr\n')
        self.fail('noisy')


print('=== buffer')
run(unittest.TestSuite([Noisy('test_quiet_pass'), Noisy('test_loud_fail')]), buffer=True)

print('=== FunctionTestCase')


def plain_test():
    """A plain function."""
    raise AssertionError('math is broken')


ftc = unittest.FunctionTestCase(plain_test, description='described')
print(str(ftc), ftc.id(), ftc.shortDescription(), ftc.countTestCases())
run(unittest.TestSuite([unittest.FunctionTestCase(plain_test)]), verbosity=2)

print('=== main()')
run_main('__main__', ['prog', 'Outcomes.test_ok', 'Outcomes.test_skip'], verbosity=2)
run_main('__main__', ['prog', '-k', 'test_sk', 'Outcomes'])
run_main('__main__', ['prog', 'Fixtures.test_a'], exit=False)
run_main('__main__', ['prog', 'Outcomes.test_fail'])
run_main('__main__', ['prog', '-q', 'Outcomes.test_fail'])
run_main('__main__', ['prog', 'NoSuchThing'])
