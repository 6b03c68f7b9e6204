# unittest.mock: Mock/MagicMock call recording and assertions, side effects,
# specs, autospec, patch as decorator/context manager/start-stop, patch.object,
# patch.dict, patch.multiple, PropertyMock, mock_open, seal, AsyncMock.
import os
import unittest
from unittest import mock
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMock, PropertyMock, call, patch,
                           sentinel)

from _uthelp import run


def t(f):
    try:
        r = f()
        print('ok', 'Mock' if isinstance(r, NonCallableMock) else repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


m = Mock()
m(1, 2, a=3)
m.foo.bar(5)
t(lambda: m.assert_called_with(1, 2, a=4))
t(lambda: m.assert_called_once_with(1, 2, a=3))
m(7)
t(lambda: m.assert_called_once_with(7))
t(lambda: m.assert_called_once())
t(lambda: m.assert_not_called())
t(lambda: m.assert_any_call(9))
t(lambda: m.assert_any_call(1, 2, a=ANY))
t(lambda: m.assert_has_calls([call(7), call(8)]))
t(lambda: m.assert_has_calls([call.foo.bar(5), call(7)]))
t(lambda: m.assert_has_calls([call(8), call(7)], any_order=True))
t(lambda: Mock().assert_called())
t(lambda: Mock().assert_called_with(1))
t(lambda: Mock(name='named').assert_called_once())
t(lambda: m.foo.bar.assert_called_with(6))
t(lambda: m.assert_callled_with(6))
t(lambda: Mock().assert_called_once_with())
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.method_calls, m.mock_calls)
print(m.call_args.args, m.call_args.kwargs, m.call_args_list[0].args)
print(m.call_args == ((7,), {}), m.call_args == call(7), m.mock_calls[1] == ('foo.bar', (5,), {}))
print(call(1, a=2), call.foo(1), call.foo.bar(), call(1) == call(1), call(1) == call(2), call(ANY) == call(5))
print(call(1)(2).call_list())
print(repr(ANY), repr(sentinel.foo), sentinel.foo is sentinel.foo, repr(DEFAULT))

m2 = Mock(return_value=3)
print(m2(), m2.return_value)
m3 = Mock(side_effect=[1, 2])
print(m3(), m3())
t(lambda: m3())
t(lambda: Mock(side_effect=KeyError('k'))())
t(lambda: Mock(side_effect=ValueError)())
print(Mock(side_effect=lambda x: x * 2)(21))
print(Mock(side_effect=lambda: DEFAULT, return_value=9)())
wrapped = Mock(wraps=lambda x: x + 1)
print(wrapped(1), wrapped.call_args)
rv = Mock()
print(rv() is rv(), rv.return_value is rv())
rv.return_value.method(4)
print(rv.mock_calls)

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), mm[1] is mm[2], 1 in mm)
mm.__len__.return_value = 5
mm.__getitem__.return_value = 'x'
mm.__iter__.return_value = [1, 2]
print(len(mm), mm['k'], mm.__getitem__.call_args, list(mm), list(mm))
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
print(mm.__exit__.call_args)
print(mm == mm, mm != 3, mm == 3)
mm.__eq__.return_value = True
print(mm == 3)
mm.__str__.return_value = 'custom str'
print(str(mm))
mm.__add__.return_value = 10
print(mm + 1, mm.__add__.call_args)
print(mm.mock_calls[:2])

spec_m = Mock(spec=['a', 'b'])
t(lambda: spec_m.c)
print(spec_m.a is spec_m.a)


class K:
    x = 1

    def meth(self, a, b=2):
        return a + b

    @staticmethod
    def smeth(q):
        pass


ks = Mock(spec=K)
print(isinstance(ks, K), ks.__class__ is K)
t(lambda: ks.y)
t(lambda: Mock(spec_set=['a']).__setattr__('b', 1))
auto = mock.create_autospec(K)
t(lambda: auto.meth(1, 2, 3))
t(lambda: auto(1))
inst = auto()
t(lambda: inst.meth(1, 2, 3))
inst.meth(1, b=5)
inst.meth.assert_called_with(1, b=5)
t(lambda: inst.meth.assert_called_with(1, 5))
t(lambda: inst.nosuch)
fauto = mock.create_autospec(lambda a, b: None, return_value=4)
print(fauto(1, 2))
t(lambda: fauto(1))
fauto.assert_called_once_with(1, 2)

m.reset_mock()
print(m.call_count, m.call_args, m.mock_calls, m.foo.bar.call_count)
m.configure_mock(**{'attr.return_value': 9, 'val': 4})
print(m.attr(), m.val)
n = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError})
print(n.method())
t(lambda: n.other())
parent = Mock()
child = Mock()
parent.attach_mock(child, 'kid')
child(1)
print(parent.mock_calls, parent.method_calls)
parent.sub = Mock()
parent.sub(2)
print(parent.mock_calls)
del parent.gone
t(lambda: parent.gone)

with patch('os.getcwd', return_value='/fake') as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != '/fake')


@patch('os.path.exists')
@patch('os.path.isdir', return_value=False)
def decorated(mock_isdir, mock_exists):
    mock_exists.return_value = True
    return os.path.exists('/nope'), os.path.isdir('/'), mock_exists.call_args


print(decorated())
with patch.object(K, 'x', 42):
    print(K.x)
print(K.x)
with patch.object(K, 'meth') as pm:
    pm.return_value = 'patched'
    print(K().meth(1))
print(K().meth(1))
d = {'a': 1}
with patch.dict(d, {'b': 2}, clear=True):
    print(d)
print(d)


@patch.dict(os.environ, {'MINIPY_MOCK_TEST': 'yes'})
def env():
    return os.environ['MINIPY_MOCK_TEST']


print(env(), 'MINIPY_MOCK_TEST' in os.environ)
pr = patch('os.sep', '!')
pr.start()
print(os.sep)
pr.stop()
print(os.sep)
patch('os.linesep', 'X').start()
patch('os.curdir', 'Y').start()
print(os.linesep, os.curdir)
patch.stopall()
print(repr(os.linesep), os.curdir)
with patch.multiple('os', sep='S', altsep='A'):
    print(os.sep, os.altsep)
print(os.sep, os.altsep)
t(lambda: patch('nodots'))
t(lambda: patch.object('os', 'sep'))
print(mock.mock_open(read_data='line1\nline2\n')().read())
mo = mock.mock_open(read_data='a\nb\n')
with patch('builtins.open', mo):
    with open('/no/such/file') as f:
        print(f.readline(), f.readlines())
print(mo.call_args)


class Thing:
    @property
    def size(self):
        return 1


with patch.object(Thing, 'size', new_callable=PropertyMock) as size:
    size.return_value = 77
    print(Thing().size)
    Thing().size = 5
    print(size.mock_calls)
print(Thing().size)

sealed = Mock()
sealed.known.return_value = 1
mock.seal(sealed)
print(sealed.known())
t(lambda: sealed.unknown)
t(lambda: sealed.known.other)

am = mock.AsyncMock(return_value=11)
coro = am(3)
try:
    coro.send(None)
except StopIteration as e:
    print('awaited ->', e.value)
am.assert_awaited_once_with(3)
t(lambda: am.assert_awaited_with(4))
print(am.await_count, am.await_args)


class PatchedCase(unittest.TestCase):
    @patch('os.getpid', return_value=1234)
    def test_pid(self, getpid):
        self.assertEqual(os.getpid(), 1234)
        getpid.assert_called_once_with()

    def test_pid_fails(self):
        with patch('os.getpid', return_value=1) as getpid:
            os.getpid(5)
            self.assertEqual(getpid.call_args, call(6))


@patch('os.getppid', return_value=99)
class PatchedClass(unittest.TestCase):
    def test_one(self, getppid):
        self.assertEqual(os.getppid(), 99)

    def test_two(self, getppid):
        self.assertTrue(getppid is os.getppid)


loader = unittest.TestLoader()
run(unittest.TestSuite([loader.loadTestsFromTestCase(PatchedCase), loader.loadTestsFromTestCase(PatchedClass)]),
    verbosity=2)
