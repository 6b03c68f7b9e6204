# The interpreter waits for non-daemon threads at exit (their output comes
# after the main script's last line) and does not wait for daemon threads.
import threading
import time


def late(name, delay):
    time.sleep(delay)
    print(name, 'finished after main')


def forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late, args=('first', 0.05)).start()
t = threading.Thread(target=late, args=('second', 0.15))
t.start()
print('main done; alive:', t.is_alive(), threading.active_count())
