# multiprocessing.shared_memory: SharedMemory and ShareableList across processes.
import multiprocessing as mp
from multiprocessing import shared_memory

def child(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[0:5] = b'child'
    shm.buf[10] = shm.buf[10] + 1
    shm.close()

def child_list(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = sl[0] * 2
    sl[2] = 'kid'
    sl.shm.close()

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

if __name__ == '__main__':
    shm = shared_memory.SharedMemory(create=True, size=64)
    print(shm.size >= 64, type(shm.buf).__name__, shm.buf.nbytes >= 64, shm.buf.readonly, shm.buf.format)
    print(repr(shm).replace(shm.name, 'NAME')[:40])
    shm.buf[10] = 41
    p = mp.Process(target=child, args=(shm.name,))
    p.start(); p.join()
    print(p.exitcode, bytes(shm.buf[:5]), shm.buf[10])
    other = shared_memory.SharedMemory(shm.name)
    print(other.name == shm.name, bytes(other.buf[:5]), other.size == shm.size)
    other.buf[1] = ord('H')
    print(bytes(shm.buf[:5]))
    other.close()
    print(other.buf)
    shm.close()
    shm.close()
    shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError as e:
        print('gone', e.errno, e.filename == '/' + shm.name)
    t('neg', lambda: shared_memory.SharedMemory(create=True, size=-1))
    t('zero', lambda: shared_memory.SharedMemory(create=True, size=0))
    t('noname', lambda: shared_memory.SharedMemory())
    sl = shared_memory.ShareableList([1, 2.5, 'hello', b'bytes', None, True, -7])
    print(list(sl), len(sl), sl.format)
    print(sl[2], sl[-1], sl.count(1), sl.index('hello'))
    sl[2] = 'hi'
    sl[4] = 12
    print(list(sl))
    t('toolong', lambda: sl.__setitem__(2, 'x' * 100))
    t('badidx', lambda: sl[20])
    p = mp.Process(target=child_list, args=(sl.shm.name,))
    p.start(); p.join()
    print(p.exitcode, list(sl))
    sl2 = shared_memory.ShareableList(name=sl.shm.name)
    print(list(sl2), repr(sl2).replace(sl.shm.name, 'NAME'))
    sl2.shm.close()
    sl.shm.close()
    sl.shm.unlink()
    empty = shared_memory.ShareableList()
    print(list(empty), len(empty))
    empty.shm.close(); empty.shm.unlink()
