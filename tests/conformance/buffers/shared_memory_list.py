# multiprocessing.shared_memory.ShareableList slots, type changes, pickling; SharedMemory pickling.
from multiprocessing import shared_memory
import pickle
sl = shared_memory.ShareableList(['a' * 7, 'a' * 8, b'', 0, 1.5])
print(sl.format, list(sl))
sl[0] = 'b' * 8
try: sl[0] = 'b' * 9
except ValueError as e: print(e)
sl[3] = 'int2str'
print(list(sl))
try: sl[3] = 'too long str'
except ValueError as e: print(e)
try: shared_memory.ShareableList([[1]])
except Exception as e: print(type(e).__name__)
try: sl[9] = 1
except IndexError as e: print(e)
print(sl[-1], sl[-5])
try: sl.index('zz')
except ValueError as e: print(e)
sl2 = pickle.loads(pickle.dumps(sl))
print(list(sl2) == list(sl))
sl2.shm.close()
shm = shared_memory.SharedMemory(create=True, size=10)
print(shm.size, len(shm.buf), shm.buf.obj is not None)
shm2 = pickle.loads(pickle.dumps(shm))
print(shm2.name == shm.name, shm2.size)
shm2.close(); shm.close(); shm.unlink()
try: shm.buf[0]
except Exception as e: print(type(e).__name__, e)
sl.shm.close(); sl.shm.unlink()
print(shared_memory.ShareableList[int])
