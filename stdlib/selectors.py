"""selectors — high-level I/O multiplexing over the native `select` module.

EpollSelector (the default on Linux), PollSelector and SelectSelector share
the registration bookkeeping of _BaseSelectorImpl: a fd -> SelectorKey map.
"""

import select as _select

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector',
           'SelectSelector', 'PollSelector', 'EpollSelector', 'DefaultSelector']

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class SelectorKey(tuple):
    """SelectorKey(fileobj, fd, events, data): a registered file object."""
    __slots__ = ()

    def __new__(cls, fileobj, fd, events, data):
        return tuple.__new__(cls, (fileobj, fd, events, data))

    fileobj = property(lambda self: self[0])
    fd = property(lambda self: self[1])
    events = property(lambda self: self[2])
    data = property(lambda self: self[3])

    def _replace(self, **kw):
        vals = dict(fileobj=self[0], fd=self[1], events=self[2], data=self[3])
        vals.update(kw)
        return SelectorKey(**vals)

    def __repr__(self):
        return 'SelectorKey(fileobj=%r, fd=%r, events=%r, data=%r)' % tuple(self)


class _SelectorMapping:
    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError("{!r} is not registered".format(fileobj))
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector:
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        if type(fileobj) is int:
            return fileobj
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """Select-based selector."""

    def select(self, timeout=None):
        readers = [k.fd for k in self._fd_to_key.values() if k.events & EVENT_READ]
        writers = [k.fd for k in self._fd_to_key.values() if k.events & EVENT_WRITE]
        timeout = None if timeout is None else max(timeout, 0)
        r, w, _ = _select.select(readers, writers, [], timeout)
        r = set(r)
        w = set(w)
        ready = []
        for fd in r | w:
            events = 0
            if fd in r:
                events |= EVENT_READ
            if fd in w:
                events |= EVENT_WRITE
            key = self._fd_to_key.get(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    _selector_cls = None
    _in_ms = False
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        poller_events = 0
        if events & EVENT_READ:
            poller_events |= self._EVENT_READ
        if events & EVENT_WRITE:
            poller_events |= self._EVENT_WRITE
        try:
            self._selector.register(key.fd, poller_events)
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            selector_events = 0
            if events & EVENT_READ:
                selector_events |= self._EVENT_READ
            if events & EVENT_WRITE:
                selector_events |= self._EVENT_WRITE
            try:
                self._selector.modify(key.fd, selector_events)
            except:
                super().unregister(fileobj)
                raise
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = SelectorKey(key[0], key[1], events, data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        if timeout is not None:
            if timeout <= 0:
                timeout = 0
            elif self._in_ms:
                # poll() takes milliseconds, rounded up.
                timeout = int(-(-timeout * 1e3 // 1))
        ready = []
        if self._in_ms:
            fd_event_list = self._selector.poll(timeout)
        else:
            # epoll: ask for no more events than registered fds (as CPython does);
            # the default would size (and clear) a 1,024-event buffer per call.
            fd_event_list = self._selector.poll(-1 if timeout is None else timeout,
                                                max(len(self._fd_to_key), 1))
        if not fd_event_list:
            return ready
        rd = self._EVENT_READ
        wr = self._EVENT_WRITE
        fd_to_key = self._fd_to_key
        for fd, event in fd_event_list:
            events = 0
            if event & ~rd:
                events |= EVENT_WRITE
            if event & ~wr:
                events |= EVENT_READ
            key = fd_to_key.get(fd)
            if key:
                ready.append((key, events & key[2]))
        return ready


class PollSelector(_PollLikeSelector):
    """Poll-based selector."""
    _selector_cls = _select.poll
    _in_ms = True
    _EVENT_READ = _select.POLLIN
    _EVENT_WRITE = _select.POLLOUT


class EpollSelector(_PollLikeSelector):
    """Epoll-based selector."""
    _selector_cls = _select.epoll
    _EVENT_READ = _select.EPOLLIN
    _EVENT_WRITE = _select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
