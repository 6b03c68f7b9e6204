# _posixshmem: shm_open/shm_unlink arguments and OSError subclasses.
import _posixshmem, os
def t(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, int) else 'fd')
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))
t('unlink-missing', lambda: _posixshmem.shm_unlink('/minipy_conf_shm_nope'))
t('open-missing', lambda: _posixshmem.shm_open('/minipy_conf_shm_nope', os.O_RDWR))
fd = _posixshmem.shm_open('/minipy_conf_shm_t', os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
t('exists', lambda: _posixshmem.shm_open('/minipy_conf_shm_t', os.O_CREAT | os.O_EXCL | os.O_RDWR))
os.close(fd)
t('unlink', lambda: _posixshmem.shm_unlink('/minipy_conf_shm_t'))
t('badtype', lambda: _posixshmem.shm_open(1, os.O_RDWR))
t('kw', lambda: _posixshmem.shm_open(path='/minipy_conf_shm_x', flags=os.O_RDWR))
t('noargs', lambda: _posixshmem.shm_open())
t('unlink-bad', lambda: _posixshmem.shm_unlink(b'/x'))
t('slash', lambda: _posixshmem.shm_open('a/b', os.O_RDWR))
