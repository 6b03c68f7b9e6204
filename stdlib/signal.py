# stdlib/signal.py — the `signal` module: the native _signal functions with
# signal numbers, handlers and mask operations as IntEnum members (Signals,
# Handlers, Sigmasks), like CPython's signal.py. Handlers run in the main
# thread between bytecodes (vm/thread.cpp signals_check).
import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _is_signal_name(name):
    return name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')


def _export_enum(enum_name, pred):
    # Members sorted by (value, name): the first name of a value is the
    # canonical member, later ones (SIGIOT, SIGCLD, SIGPOLL) become aliases.
    pairs = sorted(((k, v) for k, v in vars(_signal).items() if pred(k) and isinstance(v, int)),
                   key=lambda kv: (kv[1], kv[0]))
    cls = _IntEnum(enum_name, pairs, module=__name__)
    globals().update(cls.__members__)
    return cls


Signals = _export_enum('Signals', _is_signal_name)
Handlers = _export_enum('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _export_enum('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member; leave anything else alone."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to its int value; leave anything else alone."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _copy_doc(native):
    def deco(func):
        func.__doc__ = native.__doc__
        func.__wrapped__ = native
        return func
    return deco


@_copy_doc(_signal.signal)
def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


@_copy_doc(_signal.getsignal)
def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


@_copy_doc(_signal.pthread_sigmask)
def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


@_copy_doc(_signal.sigpending)
def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


@_copy_doc(_signal.sigwait)
def sigwait(sigset):
    retsig = _signal.sigwait(sigset)
    return _int_to_enum(retsig, Signals)


@_copy_doc(_signal.valid_signals)
def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _copy_doc
