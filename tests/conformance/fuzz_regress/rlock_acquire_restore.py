# fuzz_regress (scripts/fuzz.py): RLock._acquire_restore() took the lock before
# looking at its argument; a bad saved state must raise first (and never block).
import threading

r = threading.RLock()
for state in [5, None, (1,), (1, 2, 3), ("a", 1), (1, "b"), (1.5, 1)]:
    try:
        r._acquire_restore(state)
        print("restored", state)
    except TypeError as e:
        print("TypeError:", e)
print(r._is_owned())
r.acquire()
saved = r._release_save()
print(r._is_owned(), type(saved).__name__, len(saved))
r._acquire_restore(saved)
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)
