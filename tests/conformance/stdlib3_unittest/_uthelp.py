# Helper for the unittest tests: run a suite/main() with output captured and
# made deterministic (timings and this folder's absolute path removed).
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', lambda m: m.group(0).split(' in ')[0] + ' in X.XXXs', text)
    return text.replace(HERE, '')


def run(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(clean(stream.getvalue()), end='')
    return result


def run_main(module, argv, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop('verbosity', 1))
    code = None
    try:
        unittest.main(module=module, argv=argv, testRunner=runner, **kw)
    except SystemExit as e:
        code = e.code
    print(clean(stream.getvalue()), end='')
    print('exit code:', code)
